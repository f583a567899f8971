#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace pp {
namespace {

struct Colours
{
    const char *background;
    const char *border;
};

Colours coloursOf(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive: return {"#e3f4e6", "#7cbf8a"};
    case MessageBar::Type::Warning: return {"#fff4d1", "#e0b84f"};
    case MessageBar::Type::Error: return {"#fde4e2", "#d9817a"};
    case MessageBar::Type::Information: break;
    }
    return {"#e6f0fa", "#8fb6df"};
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(const QString &text, Type type, int timeoutMs)
{
    m_type = type;
    m_text->setText(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (type == Type::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (type == Type::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (type == Type::Positive)
        icon = QStyle::SP_DialogApplyButton;
    qDeleteAll(std::exchange(m_actionButtons, {}));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyStyle();
    m_timer->stop();
    if (timeoutMs > 0)
        m_timer->start(timeoutMs);
    show();
}

void MessageBar::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName().isEmpty()
                              ? QString()
                              : action->objectName() + QStringLiteral("Button"));
    auto *row = static_cast<QHBoxLayout *>(layout());
    row->insertWidget(row->indexOf(m_close), button, 0, Qt::AlignVCenter);
    m_actionButtons << button;
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::dismiss()
{
    m_timer->stop();
    hide();
}

void MessageBar::applyStyle()
{
    const Colours c = coloursOf(m_type);
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } QFrame#messageBar QLabel { color: #1f1f1f; "
                                 "background: transparent; border: none; }")
                      .arg(QLatin1String(c.background), QLatin1String(c.border)));
}

} // namespace pp
