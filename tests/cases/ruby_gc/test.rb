require 'ruby_gc'
M = Ruby_gc

def churn
  2000.times { M::Plain.new; M::Custom.new; M.borrowed }
end
churn
GC.start
GC.start
raise "destructor never ran: #{M.plain_freed}" unless M.plain_freed > 0
raise "%freefunc never ran: #{M.custom_freed}" unless M.custom_freed > 0
raise 'borrowed pointer still usable' unless M.borrowed.v == 0

# %markfunc keeps the Ruby String a Holder refers to alive.
h = M::Holder.new
M.holder_keep(h, 'kept')
GC.start
10_000.times { 'garbage' * 3 }
GC.start
raise 'marked value lost' unless M.holder_tag(h) == 'kept'
# %trackobjects: the same C pointer comes back as the same Ruby object;
# untracked types get a new object each time.
raise 'tracked' unless M.tracked_get.equal?(M.tracked_get)
raise 'untracked' if M.borrowed.equal?(M.borrowed)
t = M::Tracked.new
raise 'tracked new' unless t.is_a?(M::Tracked)
puts 'ruby_gc ok'
