# %mixin includes modules into the wrapped classes.
module Marked
  def marked?
    true
  end
end
require 'ruby_mixin'
M = Ruby_mixin

class M::Bag
  def each
    n.times { |i| yield item(i) }
  end
end

b = M::Bag.new
b.n = 3
raise 'Enumerable' unless M::Bag.include?(Enumerable)
raise 'to_a' unless b.to_a == [10, 20, 30]
raise 'map' unless b.map { |x| x / 10 } == [1, 2, 3]

class M::Ranked
  def <=>(other)
    cmp(other)
  end
end
lo = M::Ranked.new
lo.rank = 1
hi = M::Ranked.new
hi.rank = 5
raise 'Comparable' unless M::Ranked.include?(Comparable) && lo < hi && hi.between?(lo, hi)
raise 'Marked' unless lo.marked?
raise 'Plain has none' if M::Plain.include?(Enumerable) || M::Plain.include?(Marked)
puts 'ruby_mixin ok'
