require 'stdc_version'
raise "STD_SEEN is #{Stdc_version::STD_SEEN}" unless Stdc_version::STD_SEEN == 2023
