# The classic example as a Ruby extension, wrapped by rswig and built by
# mkmf:
#
#   ruby extconf.rb [--with-rswig=/path/to/rswig]   (or RSWIG=... ruby extconf.rb)
#   make
#   ruby -I. runme.rb
#
# rswig writes example_wrap.c here; mkmf then compiles every .c file of
# this folder into example.so.
require 'mkmf'

rswig = with_config('rswig', ENV.fetch('RSWIG', 'rswig'))
unless system(rswig, '-ruby', 'example.i')
  abort "#{rswig} -ruby example.i failed (is rswig on PATH? use --with-rswig=PATH)"
end

create_makefile('example')
