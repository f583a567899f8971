#include "app/appcontext.h"
