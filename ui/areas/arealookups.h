#pragma once

// The lookups of the area pages' forms now live in core: include "registers/arealookups.h". This
// header remains only until ui/industry/industrypage.cpp and ui/organisation/organisationpage.cpp
// (edited by others now) include that instead.
#include "registers/arealookups.h"
