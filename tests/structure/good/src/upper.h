/* upper.h */
#include "mid_one.h"
