// Tools > EOSL horizons…: the four horizons of the lifecycle status (DESIGN.md section 3: every
// number there is a setting the user can change). The rule itself lives in
// models/planning/lifecyclestatus; this dialog only edits the numbers.
#pragma once

#include "models/planning/lifecyclestatus.h"

#include <QDialog>

#include <array>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace pp {

class HorizonsDialog : public QDialog
{
    Q_OBJECT

public:
    HorizonsDialog(const LifecycleHorizons &current, QWidget *parent = nullptr);

    LifecycleHorizons horizons() const;

private:
    void check();

    std::array<QSpinBox *, 4> m_days{};
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace pp
