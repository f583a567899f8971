// The translation context of pp_models' non-QObject code.
#pragma once

#include <QCoreApplication>

namespace pp {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PatchPlanner)
};
} // namespace pp
