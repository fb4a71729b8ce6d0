require 'includeall'
raise unless Includeall.triple(2) == 6 && Includeall::SCALE == 4
puts "ok"
