/* top_second.h */
#include "low_b.h"
