" Regimen exercise routines: comments start with `#`, blocks indent by two.
if exists("b:did_ftplugin")
  finish
endif
let b:did_ftplugin = 1

setlocal commentstring=#\ %s
setlocal comments=:#
setlocal formatoptions-=t formatoptions+=croql
setlocal iskeyword=@,48-57,_
setlocal expandtab shiftwidth=2 softtabstop=2
setlocal autoindent smartindent cinwords=

let b:undo_ftplugin = "setlocal commentstring< comments< formatoptions< iskeyword< expandtab< shiftwidth< softtabstop< autoindent< smartindent< cinwords<"
