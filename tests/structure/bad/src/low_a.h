/* low_a.h -- includes low_b.h, which includes it back */
#include "low_b.h"
