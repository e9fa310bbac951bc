#pragma once

// ConsumptionForms now lives in core: include "registers/consumption.h". This header remains
// only until ui/consumption/salesledger.cpp and tests/test_sales_ui_forms.cpp (both being edited
// by others now) include that instead.
#include "registers/consumption.h"
