#include "kpisource.h"
