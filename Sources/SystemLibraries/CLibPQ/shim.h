// Debian installs libpq's headers under /usr/include/postgresql; other systems (Homebrew,
// pkg-config include paths) put libpq-fe.h on the include path directly.
#if __has_include(<libpq-fe.h>)
#include <libpq-fe.h>
#else
#include <postgresql/libpq-fe.h>
#endif
