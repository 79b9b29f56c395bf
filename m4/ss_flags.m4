# m4/ss_flags.m4 -- probe compiler and linker flags (written for sockshell;
# the same idea as autoconf-archive's AX_CHECK_COMPILE_FLAG and
# AX_CHECK_LINK_FLAG, without depending on it).
#
# SS_CHECK_CFLAG(FLAG, VAR) -- append FLAG to VAR when the compiler takes
# it without a warning (-Werror while probing: GCC and clang only warn
# about many flags they do not know), and a program built with it links.
AC_DEFUN([SS_CHECK_CFLAG],
[AS_VAR_PUSHDEF([ss_cv], [ss_cv_cflag_$1])dnl
AC_CACHE_CHECK([whether $CC accepts $1], [ss_cv],
  [ss_save_CFLAGS=$CFLAGS
   CFLAGS="$CFLAGS -Werror $1"
   AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <stdio.h>]],
       [[char b[64]; snprintf(b, sizeof(b), "%d", 1); puts(b);]])],
     [AS_VAR_SET([ss_cv], [yes])], [AS_VAR_SET([ss_cv], [no])])
   CFLAGS=$ss_save_CFLAGS])
AS_VAR_IF([ss_cv], [yes], [$2="$$2 $1"])
AS_VAR_POPDEF([ss_cv])])

# SS_CHECK_LDFLAG(FLAG, VAR) -- append FLAG to VAR when a program links
# with it and no warning is printed.
AC_DEFUN([SS_CHECK_LDFLAG],
[AS_VAR_PUSHDEF([ss_cv], [ss_cv_ldflag_$1])dnl
AC_CACHE_CHECK([whether the linker accepts $1], [ss_cv],
  [ss_save_LDFLAGS=$LDFLAGS
   ss_save_CFLAGS=$CFLAGS
   LDFLAGS="$LDFLAGS $1"
   CFLAGS="$CFLAGS -Werror"
   AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
     [AS_VAR_SET([ss_cv], [yes])], [AS_VAR_SET([ss_cv], [no])])
   LDFLAGS=$ss_save_LDFLAGS
   CFLAGS=$ss_save_CFLAGS])
AS_VAR_IF([ss_cv], [yes], [$2="$$2 $1"])
AS_VAR_POPDEF([ss_cv])])

# SS_CHECK_FORTIFY(VAR) -- append -D_FORTIFY_SOURCE=2 to VAR unless the
# compiler or CPPFLAGS already define _FORTIFY_SOURCE (Ubuntu's GCC,
# dpkg-buildflags) or CFLAGS do not optimise (glibc then does nothing, and
# older glibc warns).
AC_DEFUN([SS_CHECK_FORTIFY],
[AC_CACHE_CHECK([whether to define _FORTIFY_SOURCE=2], [ss_cv_fortify],
  [ss_save_CPPFLAGS=$CPPFLAGS
   ss_save_CFLAGS=$CFLAGS
   AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#ifdef _FORTIFY_SOURCE
#error already defined
#endif
]], [])],
     [CPPFLAGS="$CPPFLAGS -D_FORTIFY_SOURCE=2"
      CFLAGS="$CFLAGS -Werror"
      AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#ifndef __OPTIMIZE__
#error _FORTIFY_SOURCE does nothing without optimisation
#endif
#include <stdio.h>]],
          [[char b[8]; return (snprintf(b, sizeof(b), "%d", 1));]])],
        [ss_cv_fortify=yes], [ss_cv_fortify="no (needs optimisation)"])],
     [ss_cv_fortify="no (already defined)"])
   CPPFLAGS=$ss_save_CPPFLAGS
   CFLAGS=$ss_save_CFLAGS])
AS_IF([test "x$ss_cv_fortify" = xyes], [$1="$$1 -D_FORTIFY_SOURCE=2"])])
