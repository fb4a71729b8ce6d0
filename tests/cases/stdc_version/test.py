import stdc_version

assert stdc_version.STD_SEEN == 2023, stdc_version.STD_SEEN
