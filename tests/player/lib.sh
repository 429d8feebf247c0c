# What the player's script tests share: the command-line tests' helpers
# (a scratch folder, run, fail, expect_*), and where the routines are.
# Expects REGIMEN, WORK, ROUTINES (this folder) and EXAMPLES in the environment.
source "$(dirname "${BASH_SOURCE[0]}")/../cli/lib.sh"

: "${ROUTINES:?set ROUTINES to the folder of test routines}"
: "${EXAMPLES:?set EXAMPLES to the examples folder}"
