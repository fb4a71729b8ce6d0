// expect: 3: %{
%module t
%{
int a;
