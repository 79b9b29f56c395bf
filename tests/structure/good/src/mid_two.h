/* mid_two.h */
#include "base.h"
