// The helpers live in the core (cards/testcards.cpp); this unit keeps the test support library's target.
#include "testcards.h"
