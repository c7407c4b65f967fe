# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
x# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
:# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
;# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
D# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
L# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
j# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
_# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
F# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
:# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
2# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
2# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
A# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
W# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
K# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
D# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
I# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
Y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
j# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
j# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
U# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
N# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
Y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
j# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
j# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
Y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
Y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
U# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
N# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
F# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
:# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
2# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
2# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
A# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
N# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
V# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
N# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
D# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
_# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
N# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
V# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
\# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
4# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
W# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
K# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
D# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
I# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
j# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
:# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
;# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
Y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
j# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
Y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
Y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
'# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
;# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
U# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
X# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
4# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
H# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
A# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
L# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
H# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
H# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
K# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
5# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
3# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
3# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
\# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
D# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
[# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
'# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
:# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
2# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
7# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
:# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
'# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
+# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
|# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
|# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
4# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
+# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
'# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
'# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
># No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
x# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
?# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
:# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
># No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
x# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
]# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
x# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
I# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
D# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
I# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
G# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
;# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
I# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
G# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
I# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
G# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
I# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
N# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
q# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
H# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
U# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
D# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
W# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
N# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
_# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
G# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
A# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
_# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
N# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
z# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
O# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
I# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
G# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
N# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
A# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
L# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
I# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
G# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
E# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
H# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
:# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
V# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
8# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
z# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
'# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
R# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
3# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
B# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
3# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
8# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
4# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
B# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
5# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
2# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
8# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
B# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
;# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
V# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
8# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
'# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
6# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
B# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
V# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
8# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
5# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
2# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
0# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
%# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
P# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
U# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
q# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
T# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
N# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
:# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
y# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
(# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
v# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
)# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
5# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
5# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
B# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
3# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
S# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
k# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
'# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
;# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
## No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
*# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
f# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
`# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
r# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
`# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
w# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
h# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
b# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
u# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
g# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
C# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
M# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
D# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
[# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
x# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
o# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
l# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
z# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
3# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
8# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
4# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
x# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
p# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
c# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
-# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
z# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
e# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
=# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
1# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
6# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
,# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
 # No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
d# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
t# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
/# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
m# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
a# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
i# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
n# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
.# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
j# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
s# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
"# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
]# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.

# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
