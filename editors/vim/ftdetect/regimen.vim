" Regimen exercise routines: files ending in .regimen.
autocmd BufNewFile,BufRead *.regimen setfiletype regimen
