// Small helpers shared by the inventory editors.
#pragma once

#include <QComboBox>
#include <QFontMetrics>
#include <QPlainTextEdit>
#include <QScrollArea>

namespace pp::Internal {

/// A plain-text field @p lines lines high, that moves focus on with Tab.
inline QPlainTextEdit *textArea(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const QFontMetrics fm(edit->font());
    edit->setFixedHeight(fm.lineSpacing() * lines + 2 * edit->frameWidth() + 10);
    return edit;
}

/// @p content in a frameless scroll area, so a small window scrolls the fields and keeps the
/// editor's title and buttons in view.
inline QScrollArea *scrollable(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

/// Selects the item whose data is @p value.
inline void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace pp::Internal
