// Tools > EOSL horizons…: the dialog refuses horizons that do not grow and restores defaults.
#include "ui/lifecycle/horizonsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace pp;

class tst_HorizonsDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsCurrentValues();
    void refusesHorizonsThatDoNotGrow();
    void restoresDefaults();

private:
    static QSpinBox *box(HorizonsDialog &d, int n)
    {
        return d.findChild<QSpinBox *>(QStringLiteral("horizon%1").arg(n));
    }
    static QPushButton *ok(HorizonsDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
};

void tst_HorizonsDialog::showsCurrentValues()
{
    HorizonsDialog d(LifecycleHorizons{14, 60, 120, 400});
    QCOMPARE(box(d, 1)->value(), 14);
    QCOMPARE(box(d, 4)->value(), 400);
    QCOMPARE(d.horizons(), (LifecycleHorizons{14, 60, 120, 400}));
    QVERIFY(ok(d)->isEnabled());
}

void tst_HorizonsDialog::refusesHorizonsThatDoNotGrow()
{
    HorizonsDialog d(LifecycleHorizons{});
    box(d, 1)->setValue(100); // longer than the second (90)
    QVERIFY(!ok(d)->isEnabled());
    bool shown = false;
    for (QLabel *l : d.findChildren<QLabel *>())
        shown = shown || l->text().contains(QLatin1String("longer than the one before"));
    QVERIFY(shown);
    box(d, 1)->setValue(45);
    QVERIFY(ok(d)->isEnabled());
    QCOMPARE(d.horizons(), (LifecycleHorizons{45, 90, 180, 365}));
}

void tst_HorizonsDialog::restoresDefaults()
{
    HorizonsDialog d(LifecycleHorizons{7, 8, 9, 10});
    d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(d.horizons(), LifecycleHorizons{});
}

QTEST_MAIN(tst_HorizonsDialog)
#include "tst_horizonsdialog.moc"
