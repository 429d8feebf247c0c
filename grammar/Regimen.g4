// The Regimen routine language.
//
// A file is a list of statements separated by newlines or `;`. It may wrap its
// statements in one `routine "Title" { ... }` header, or leave them bare: the
// one-line form `cat_camel reps 10..15; half_wall_hang hold 20..30s x5` is a
// whole program. Words that only matter to one place (units, levels, colours,
// property names) are plain identifiers, checked after parsing, so that a typo
// gets "did you mean" instead of a syntax error.
grammar Regimen;

file
    : body EOF
    ;

// Separators and statements in any order: the builder reports two statements
// with no separator between them. Written as `sep* (statement (sep+
// statement)*)? sep*`, a run of blank lines would cost quadratic prediction.
body
    : (sep | statement)*
    ;

sep
    : NL
    | ';'
    ;

block
    : NL* '{' body '}'
    ;

statement
    : IMPORT target=importTarget                                   # ImportStmt
    | ROUTINE title=STRING? block                                  # RoutineStmt
    | EXERCISE id=IDENT display=STRING? definitionBlock             # ExerciseDefStmt
    | kind=(EQUIPMENT | TARGET | DIRECTION) id=vocabularyWord display=STRING? definitionBlock? # VocabularyStmt
    // `region` and `demand` are words, not keywords, like `day` below: an
    // exercise's properties and a routine's parameters may still use them.
    | {_input->LT(1)->getText() == "region" || _input->LT(1)->getText() == "demand"}?
      kind=IDENT id=vocabularyWord display=STRING? definitionBlock? # VocabularyStmt
    | PARAM paramName=paramWord ':' values+=paramWord ('|' values+=paramWord)* ('=' fallback=paramWord)? # ParamStmt
    | WHEN param=paramWord '=' value=paramWord block               # WhenStmt
    | SECTION title=STRING block                                   # SectionStmt
    | CIRCUIT title=STRING? circuitOption* block                   # CircuitStmt
    | SESSION title=STRING frequency? block                         # SessionStmt
    | STAGE title=STRING stageDays? (UNTIL criterion=STRING)? block  # StageStmt
    | counted=(WEEK | WEEKS) range=phaseRange block                # PhaseStmt
    // `day` and `days` are words, not keywords, so that routines may still
    // name a parameter or a value `day`; before a number and a block they
    // start a phase.
    | {_input->LT(1)->getText() == "day" || _input->LT(1)->getText() == "days"}?
      counted=IDENT range=phaseRange block                         # PhaseStmt
    | fact                                                         # FactStmt
    | prescription                                                 # PrescriptionStmt
    ;

importTarget
    : IDENT
    | STRING
    ;

// A parameter's name or value: a word, or a keyword a routine may well want
// there (`param equipment: none | band`, `param has_band: yes | no`,
// `param stage: early | late`).
paramWord
    : IDENT
    | EQUIPMENT
    | TARGET
    | NO
    | VARIANTS
    | STAGE
    | SESSION
    ;

// A stray word in a circuit's header is reported like one on an exercise
// line; being here, it also lets `rest 60 s {` be read without looking into
// the block (see `stray`).
circuitOption
    : ROUNDS rounds=count
    | REST rest=dose
    | stray
    ;

// A stage's days: `days 1-14`, `weeks 1-2`, counted from the program's start.
// `day` and `days` are words (see PhaseStmt); the builder checks which.
stageDays
    : counted=(WEEK | WEEKS | IDENT) range=phaseRange
    ;

// `weeks 1-2`, `week 3`, `days 1..3`, `day 4`: counted from the program's start.
phaseRange
    : first=INT (('-' | '..') last=INT)?
    ;

// ---------------------------------------------------------------- facts

fact
    : TITLE text=STRING                                            # TitleFact
    | BY text=STRING                                               # ByFact
    | LEVEL level=IDENT                                            # LevelFact
    | PROGRAM length=amount                                        # ProgramFact
    | FREQUENCY frequency                                          # FrequencyFact
    | TARGETS nameList                                             # TargetsFact
    | kind=(CAUTION | DISCLAIMER | RED_FLAG | NOTE | GOAL | SEEK_REVIEW | PAIN_RULE) text=STRING # TextFact
    | TIMING timingItem (',' NL* timingItem)*                       # TimingFact
    ;

// `timing rep 4s, rest 45s, transition 20s`: the seconds a schedule uses.
timingItem
    : key=(IDENT | REST) value=amount
    ;

nameList
    : name (',' NL* name)*
    ;

name
    : IDENT
    | STRING
    ;

// ---------------------------------------------------------------- prescriptions

prescription
    : exercise=name clause* detailBlock?
    ;

// The brace on the line of the exercise or the next: a blank line ends the
// exercise line, and the parser need not look past a run of blank lines to
// know whether a block follows.
detailBlock
    : NL? '{' (sep | clause)* '}'
    ;

// An error rule: words on an exercise line that start no clause
// (`cat_camel reps 10 20`). Accepting them here lets the builder say
// "unexpected `20`" and keep checking the line, instead of the parser losing
// its place in the enclosing block. It is a clause (`StrayClause`), not an
// item of its own beside the clauses, so that the two readings of
// `rest 30 s` (a unit, or a stray word after `rest 30`) end in the same place
// one word on: the parser then takes the unit at once. As an item apart the
// readings only met at the end of the line, and prediction read every line
// to its end: quadratic in the line's length.
stray
    : INT
    | DECIMAL
    | IDENT
    | STRING
    ;

// `reps` and `hold` may leave their amount to the clause that follows:
// `reps up to 10`, `reps as many as you can`, `hold as long as comfortable`.
// The builder joins them, so the grammar stays free of ambiguity.
clause
    : REPS dose?                                                   # RepsClause
    | HOLD holdSpec?                                               # HoldClause
    | UP TO dose                                                   # UpToClause
    | AS first=IDENT (AS rest+=IDENT+)?                            # PhraseClause
    | first=SETS_X ('..' firstHigh=INT)? (ARROW (lastX=SETS_X | lastN=INT) ('..' lastHigh=INT)?)? (OVER over=amount)? # SetsXClause
    | SETS dose                                                    # SetsClause
    | FOR dose EACH?                                               # DurationClause
    | DISTANCE dose                                                # DistanceClause
    | (PER | EACH) SIDE (first=(LEFT | RIGHT) FIRST)?              # PerSideClause
    | ALTERNATING SIDES?                                           # AlternatingClause
    | (limb=(LEFT | RIGHT) | named=IDENT) SIDE? ONLY                # OnlySideClause
    | (PER | EACH) DIRECTION ('(' directions+=direction (',' directions+=direction)* ')')? # DirectionClause
    | REST dose                                                    # RestClause
    | TEMPO tempoSpec                                              # TempoClause
    | LOAD loadSpec                                                # LoadClause
    | RPE count (percent=PERCENT | '/' scale=INT)?                 # RpeClause
    | EFFORT dose ('/' scale=INT)?                                 # EffortClause
    | EFFORT word=(IDENT | STRING)                                 # EffortInWordsClause
    | PAIN painScore                                               # PainClause
    | ALTERNATE moves+=name (',' moves+=name)+                     # AlternateClause
    | FREQUENCY frequency                                          # ExerciseFrequencyClause
    | TIMING timingItem (',' timingItem)*                          # TimingClause
    | PROGRESS text=STRING (EVERY every=amount)? (UNTIL limit=progressLimit)? (WHEN when=STRING)? # ProgressClause
    | variant                                                      # VariantClause
    | NO VARIANTS                                                  # NoVariantsClause
    | kind=(CUE | NOTE | CAUTION) text=STRING                      # TextClause
    | image                                                        # ImageClause
    | stray                                                        # StrayClause
    ;

// Where a `progress` rule stops: a dose (`until reps 15`, `until hold 30s`)
// or a sign in words (`until "you can walk without a limp"`).
progressLimit
    : REPS amount                                                  # RepsLimit
    | HOLD amount                                                  # HoldLimit
    | text=STRING                                                  # WordsLimit
    ;

direction
    : LEFT
    | RIGHT
    | UP
    | IDENT
    ;

// A word of an open vocabulary, as defined: `equipment step`, `direction left`.
vocabularyWord
    : LEFT
    | RIGHT
    | UP
    | STEP
    | IDENT
    ;

// `15` or `10..15`, each end optionally with a unit, optionally progressing
// over the program to another amount: `5 -> 15`, `5s -> 30s`, or over a
// time of its own: `5s -> 30s over 10 days`.
dose
    : start=amount (ARROW end=amount)? (OVER over=amount)?
    ;

amount
    : low=number lowUnit=unit? ('..' high=number highUnit=unit?)?  # RangeAmount
    | low=number '-' high=number highUnit=unit?                    # DashedAmount
    ;

number
    : '-'? (INT | DECIMAL)
    ;

// Units are words (and `%`) checked after parsing, so that a misspelt one gets "did
// you mean" rather than a syntax error. `reps` is a unit too (`reps 12 reps`,
// and `hold 10 reps`, reported as a unit mismatch), except when a number
// follows: then it starts a clause of its own (`hold 30s reps 3`).
unit
    : IDENT
    | SIDES
    | WEEK
    | WEEKS
    | {_input->LA(2) != INT && _input->LA(2) != DECIMAL}? REPS
    | PERCENT
    ;

count
    : low=number ('..' high=number)?
    ;

holdSpec
    : dose                                                         # TimedHold
    | UNTIL until=untilTarget (FROM PAIN from=painScore)? (MAX bound=amount)? # OpenHold
    | AT LEAST floor=amount                                        # AtLeastHold
    ;

untilTarget
    : PAIN painScore
    | STRING
    ;

painScore
    : score=count '/' scale=INT
    ;

tempoSpec
    : word=IDENT                                                   # WordTempo
    | phases+=INT ('-' phases+=INT)+                               # PhasedTempo
    | perRep=amount                                                # PerRepTempo
    ;

// `load 2kg`, `load band yellow`, `load light`, `load "a bag of tins"`; a
// load may progress over the program: `load 2kg -> 4kg`, `load band yellow
// -> red`. Whether the two ends go together is checked after parsing.
loadSpec
    : start=loadValue (ARROW end=loadValue)?
    ;

loadValue
    : weight=amount                                                # WeightLoad
    | kind=IDENT ('(' detail=IDENT ')' | detail=IDENT)?             # NamedLoad
    | text=STRING                                                  # DescribedLoad
    ;

// `image "photos/wall_slide.jpg" alt "Standing with the back to a wall"`: a
// picture of the clinic's own. The alt text is required; the grammar lets
// it be left out so that the checker can say so, rather than a syntax error.
image
    : IMAGE path=STRING (ALT alt=STRING)?
    ;

variant
    : kind=(EASIER | HARDER | ALTERNATIVE) target=name (IF condition=STRING)? (FOR level=IDENT)?
    ;

// ---------------------------------------------------------------- frequency

// `2/day at morning, evening`, `3/week on mon, wed, fri`, or times or days
// alone: `at evening` (once a day), `on mon, wed, fri` (once on each).
frequency
    : rate (',' rate)* (AT times+=timeOfDay (',' times+=timeOfDay)*)? (ON days+=IDENT (',' days+=IDENT)*)?
    | AT times+=timeOfDay (',' times+=timeOfDay)* (ON days+=IDENT (',' days+=IDENT)*)?
    | ON days+=IDENT (',' days+=IDENT)* (AT times+=timeOfDay (',' times+=timeOfDay)*)?
    ;

rate
    : count '/' per=rateUnit                                       # CountRate
    | word=IDENT                                                   # WordRate
    ;

rateUnit
    : IDENT
    | WEEK
    ;

timeOfDay
    : IDENT
    | hour=INT ':' minute=INT
    ;

// ---------------------------------------------------------------- definitions

definitionBlock
    : NL* '{' (sep | definitionItem)* '}'
    ;

definitionItem
    : DEFAULT clause+                                              # DefaultItem
    | kind=(STEP | CUE | CAUTION | NOTE) text=STRING                # TextItem
    | variant                                                      # VariantItem
    | image                                                        # ImageItem
    | figure                                                       # FigureItem
    | key=propertyKey values+=propertyValue (',' NL* values+=propertyValue)* # PropertyItem
    ;

propertyKey
    : IDENT
    | LEVEL
    | TARGETS
    | SIDES
    | EQUIPMENT
    ;

// Keywords that are also natural property values (`kind reps`, `accepts hold`,
// `equipment step`).
propertyValue
    : STRING
    | IDENT
    | REPS
    | HOLD
    | ALTERNATING
    | LEFT
    | RIGHT
    | UP
    | STEP
    | amount
    ;

// `figure quadruped spine -20 -> spine 30 with wall behind`: the figure the
// compiler draws for a library exercise, in words: a position and joint
// angles in degrees, an end pose, where it is seen from (`from front`), and
// props. Positions, joints, views, props and placements are words checked
// after parsing, for "did you mean"; `side` is a keyword. A pose is
// any run of words and numbers, and a prop any run of words, which the
// builder sorts out: a stricter rule would let the parser end the figure
// early and read the rest of the line as another item of the definition.
figure
    : FIGURE start=figurePose (ARROW end=figurePose)? (FROM view=(IDENT | SIDE)?)?
      (WITH (props+=figureProp (',' NL* props+=figureProp)*)?)?
    ;

// `quadruped spine -20`: a position, then joints each with an angle; no
// unit is written.
figurePose
    : parts+=poseWord*
    ;

poseWord
    : IDENT
    | number
    ;

// `wall behind`, `dumbbell`. `step` is a keyword, and a prop too.
figureProp
    : words+=(IDENT | STEP)+
    ;

// ---------------------------------------------------------------- lexer

IMPORT      : 'import' ;
ROUTINE     : 'routine' ;
EXERCISE    : 'exercise' ;
EQUIPMENT   : 'equipment' ;
TARGET      : 'target' ;
PARAM       : 'param' ;
WHEN        : 'when' ;
SECTION     : 'section' ;
CIRCUIT     : 'circuit' ;
SESSION     : 'session' ;
STAGE       : 'stage' ;
GOAL        : 'goal' ;
SEEK_REVIEW : 'seek_review' ;
PAIN_RULE   : 'pain_rule' ;
PROGRESS    : 'progress' ;
EVERY       : 'every' ;
ROUNDS      : 'rounds' ;
WEEK        : 'week' ;
WEEKS       : 'weeks' ;
OVER        : 'over' ;
TITLE       : 'title' ;
TIMING      : 'timing' ;
BY          : 'by' ;
LEVEL       : 'level' ;
PROGRAM     : 'program' ;
FREQUENCY   : 'frequency' ;
TARGETS     : 'targets' ;
CAUTION     : 'caution' ;
DISCLAIMER  : 'disclaimer' ;
RED_FLAG    : 'red_flag' ;
NOTE        : 'note' ;
CUE         : 'cue' ;
STEP        : 'step' ;
DEFAULT     : 'default' ;
REPS        : 'reps' ;
HOLD        : 'hold' ;
SETS        : 'sets' ;
FOR         : 'for' ;
DISTANCE    : 'distance' ;
PER         : 'per' ;
EACH        : 'each' ;
SIDE        : 'side' ;
SIDES       : 'sides' ;
ALTERNATING : 'alternating' ;
DIRECTION   : 'direction' ;
LEFT        : 'left' ;
RIGHT       : 'right' ;
FIRST       : 'first' ;
REST        : 'rest' ;
TEMPO       : 'tempo' ;
LOAD        : 'load' ;
RPE         : 'rpe' ;
EFFORT      : 'effort' ;
PAIN        : 'pain' ;
UNTIL       : 'until' ;
FROM        : 'from' ;
MAX         : 'max' ;
AT          : 'at' ;
LEAST       : 'least' ;
ON          : 'on' ;
ALTERNATE   : 'alternate' ;
EASIER      : 'easier' ;
HARDER      : 'harder' ;
ALTERNATIVE : 'alternative' ;
IF          : 'if' ;
ONLY        : 'only' ;
UP          : 'up' ;
TO          : 'to' ;
AS          : 'as' ;
NO          : 'no' ;
VARIANTS    : 'variants' ;
IMAGE       : 'image' ;
ALT         : 'alt' ;
FIGURE      : 'figure' ;
WITH        : 'with' ;

ARROW       : '->' ;
PERCENT     : '%' ;

// `x5` is five sets. It must come before IDENT so that it wins the tie.
SETS_X      : 'x' [0-9]+ ;

DECIMAL     : [0-9]+ '.' [0-9]+ ;
INT         : [0-9]+ ;
IDENT       : [a-zA-Z_] [a-zA-Z0-9_]* ;
STRING      : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;

// A string the line ends inside of: a token of its own so that the error can
// say so, instead of a cascade of "unexpected character".
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* ;

// Comments are hidden from the parser but kept in the token stream, for the
// tools that rewrite a file and must keep them (`regimen fmt`).
COMMENT     : '#' ~[\r\n]* -> channel(HIDDEN) ;
NL          : '\r'? '\n' | '\r' ;
WS          : [ \t\f\u00A0\uFEFF]+ -> skip ;

// Anything else is one bad character. It is reported by the front end and
// hidden from the parser, which goes on to find the file's other errors.
BAD_CHAR    : . -> channel(HIDDEN) ;
