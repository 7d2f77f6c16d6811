#include "widgets/uilog.h"

Q_LOGGING_CATEGORY(lcUi, "voicepay.ui")
