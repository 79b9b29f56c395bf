/* high.h */
#include "low_b.h"
