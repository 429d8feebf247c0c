" Vim syntax file for Regimen exercise routines (.regimen).
" It follows the TextMate grammar in editors/vscode/syntaxes/: the same
" words are keywords, and the same places name an exercise or a definition.
" The keywords are the lexer's in grammar/Regimen.g4.

if exists("b:current_syntax")
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

syn case match
syn iskeyword @,48-57,_

" Keywords, as the lexer has them.
syn keyword regimenDeclaration routine exercise section circuit session stage
syn keyword regimenDeclaration equipment target nextgroup=regimenVocabularyName skipwhite
syn keyword regimenImport import nextgroup=regimenModule skipwhite
syn keyword regimenConditional if
syn keyword regimenConditional when nextgroup=regimenWhenName skipwhite
syn keyword regimenFact title by level program frequency targets timing
syn keyword regimenText goal seek_review pain_rule caution disclaimer red_flag note cue step
syn keyword regimenVariant easier harder alternative nextgroup=regimenExerciseRef skipwhite
syn keyword regimenPhase week weeks
syn keyword regimenClause reps hold sets for distance per each side sides alternating
syn keyword regimenClause left right first rest tempo load rpe effort pain until from max at least
syn keyword regimenClause on alternate only up to as no variants image alt figure with progress every
syn keyword regimenClause rounds over default

" Words the compiler knows in their places: days, times of day, rates,
" levels and sides.
syn keyword regimenDay mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
syn keyword regimenTime morning midday afternoon evening bedtime
syn keyword regimenRate daily twice_daily weekly
syn keyword regimenLevel beginner intermediate advanced
syn keyword regimenSide affected unaffected

" The open doses in words.
syn match regimenPhrase "\<as\s\+\%(advised\|tolerated\|many\s\+as\s\+you\s\+can\|long\s\+as\s\+comfortable\)\>"

" An exercise line starts with the exercise's name (a keyword there is not
" one); `days 1-3` and `region knee` are phases and definitions instead.
" `direction` is a clause's word (`per direction`) but for a definition.
syn match regimenExercise "\%(\%(^\|[;{]\)\s*\)\@<=\h\w*"
syn match regimenPhase "\<days\=\>\ze\s\+\d"
syn match regimenClause "\<direction\>"
syn match regimenDeclaration "\%(\%(^\|[;{]\)\s*\)\@<=\%(direction\>\|\%(region\|demand\)\ze\s\+\h\)" nextgroup=regimenVocabularyName skipwhite

" Names being defined, and names referred to.
syn match regimenDefinitionName "\%(\<exercise\s\+\)\@<=\h\w*"
syn match regimenVocabularyName "\h\w*" contained
syn match regimenModule "\h\w*" contained
syn match regimenExerciseRef "\h\w*" contained

" `param symptoms: mild | severe = mild`, `when symptoms = severe`.
syn keyword regimenParamKeyword param nextgroup=regimenParamName skipwhite
syn match regimenParamName "\h\w*" contained
syn match regimenWhenName "\h\w*" contained
syn match regimenParamValue "\%(\%(:\||\|=\)\s*\)\@<=\h\w*"

" Operators before numbers: of two matches at one place the later wins, so
" that `-20` is a number and the dash of `1-14` an operator.
syn match regimenOperator "->\|\.\.\|-\|/\|=\||"

" Numbers: a word glued to a number is its unit, and a unit apart is one of
" the units' words (`reps` before a number starts a clause instead).
syn match regimenNumber "\w\@<!-\=\d\+\%(\.\d\+\)\=" nextgroup=regimenGluedUnit,regimenUnit,regimenRateSlash skipwhite
syn match regimenGluedUnit "\s\@<!\%(\h\w*\|%\)" contained
syn match regimenRateSlash "/" contained nextgroup=regimenRateUnit skipwhite
syn match regimenRateUnit "\h\w*" contained
syn match regimenUnit "\<\%(seconds\|second\|secs\|sec\|s\|minutes\|minute\|mins\|min\|hours\|hour\|h\|breaths\|breath\|reps\|rep\|times\|sides\|kg\|lbs\|lb\|km\|miles\|mile\|mi\|m\|days\|day\|weeks\|week\|%\)\>\%(\s\+-\=\d\)\@!" contained
syn match regimenSets "\<x\d\+\>" contains=regimenSetsCount
syn match regimenSetsCount "\d\+" contained
syn match regimenTimeOfDay "\<\d\{1,2}:\d\{2}\>"

syn match regimenDelimiter "[;,:()]"
syn match regimenBrace "[{}]"
syn match regimenError "[^[:alnum:][:space:]_#\"{}();,:|=/%.-]"

" An exercise's or a vocabulary word's definition: its lines start with a
" property's name (`kind reps`, `equipment bed, towel`) or an item.
syn region regimenDefinitionBlock matchgroup=regimenBrace start="\%(\%(^\|[;{]\)\s*\%(exercise\|equipment\|target\|direction\|region\|demand\)\>[^{#]*\)\@<={" end="}" contains=regimenProperty,@regimenValues
syn match regimenProperty "\%(^\|{\@<=\)\s*\%(\%(default\|step\|cue\|caution\|note\|easier\|harder\|alternative\|image\|figure\)\>\)\@!\h\w*" contained contains=regimenPropertyName
syn match regimenPropertyName "\h\w*" contained
syn cluster regimenValues contains=regimenComment,regimenString,regimenFact,regimenText,regimenVariant,regimenClause,regimenConditional,regimenPhase,regimenDay,regimenTime,regimenRate,regimenLevel,regimenSide,regimenPhrase,regimenNumber,regimenSets,regimenTimeOfDay,regimenParamValue,regimenOperator,regimenDelimiter,regimenError

syn region regimenString start=+"+ skip=+\\.+ end=+"+ end=+$+ oneline contains=regimenEscape,regimenBadEscape
syn match regimenBadEscape +\\.+ contained
syn match regimenEscape +\\[\"\\nt]+ contained
syn match regimenComment "#.*$" contains=@Spell

hi def link regimenComment Comment
hi def link regimenString String
hi def link regimenEscape SpecialChar
hi def link regimenBadEscape Error
hi def link regimenDeclaration Structure
hi def link regimenImport Include
hi def link regimenParamKeyword Structure
hi def link regimenConditional Conditional
hi def link regimenFact Keyword
hi def link regimenText Keyword
hi def link regimenVariant Keyword
hi def link regimenPhase Keyword
hi def link regimenClause Keyword
hi def link regimenPhrase Keyword
hi def link regimenDay Constant
hi def link regimenTime Constant
hi def link regimenRate Constant
hi def link regimenLevel Constant
hi def link regimenSide Constant
hi def link regimenExercise Function
hi def link regimenExerciseRef Function
hi def link regimenDefinitionName Function
hi def link regimenVocabularyName Type
hi def link regimenModule Type
hi def link regimenParamName Identifier
hi def link regimenWhenName Identifier
hi def link regimenParamValue Constant
hi def link regimenPropertyName Identifier
hi def link regimenNumber Number
hi def link regimenGluedUnit Number
hi def link regimenUnit Number
hi def link regimenRateUnit Number
hi def link regimenRateSlash Operator
hi def link regimenSets Number
hi def link regimenSetsCount Number
hi def link regimenTimeOfDay Number
hi def link regimenOperator Operator
hi def link regimenDelimiter Delimiter
hi def link regimenBrace Delimiter
hi def link regimenError Error

let b:current_syntax = "regimen"
let &cpo = s:cpo_save
unlet s:cpo_save
