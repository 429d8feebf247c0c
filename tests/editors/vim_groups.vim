" Writes the syntax group at each character that is not blank, for
" grammar_test.js: one line per line of the buffer, "LINE:COL=GROUP ...",
" columns in bytes from 1. Run as
"   vim -es -N -u NONE -i NONE --cmd 'set rtp^=editors/vim' --cmd 'filetype plugin on'
"       --cmd 'syntax on' -c 'source vim_groups.vim' FILE
" with OUT naming the file to write.
let s:out = [&filetype]
for s:line in range(1, line('$'))
  let s:text = getline(s:line)
  let s:row = []
  for s:col in range(1, len(s:text))
    if s:text[s:col - 1] !~ '\s'
      call add(s:row, s:col . '=' . synIDattr(synID(s:line, s:col, 1), 'name'))
    endif
  endfor
  call add(s:out, s:line . ':' . join(s:row, ' '))
endfor
call writefile(s:out, $OUT)
qall!
