require 'self_reference'
raise "z is #{Self_reference::Z}" unless Self_reference::Z == 8
