/* mid_one.h */
#include "base.h"
