// The form beside the components table: the system it belongs to, what it is, how to match it
// against advisories and lifecycle data, and Apply/Revert.
#pragma once

#include "models/domain/component.h"
#include "models/domain/system.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace pp {

class MessageBar;

class ComponentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ComponentEditor(QWidget *parent = nullptr);

    /// The systems a component can belong to (refreshed when the systems change).
    void setSystems(const QList<System> &systems);
    void setComponent(const Component &c);
    void startNew(const Component &defaults);
    void clear();
    Component component() const;
    qint64 componentId() const { return m_loaded.id; }
    /// The component as it was shown before the user's edits (the base of a conflict).
    const Component &loadedComponent() const { return m_loaded; }
    bool isNew() const { return m_mode == Mode::New; }
    bool isEmpty() const { return m_mode == Mode::Empty; }
    bool isModified() const;
    void setReadOnly(bool readOnly);
    void showProblems(const QStringList &problems);
    MessageBar *messageBar() const { return m_messages; }

public slots:
    void revert();

signals:
    void applyRequested(const Component &c);
    void newCancelled();

private:
    enum class Mode { Empty, Existing, New };
    void load(const Component &c);
    void updateState();

    Mode m_mode = Mode::Empty;
    Component m_loaded;
    bool m_readOnly = false;
    bool m_loading = false;

    QLabel *m_title;
    MessageBar *m_messages;
    QWidget *m_fields;
    QComboBox *m_system;
    QComboBox *m_kind;
    QLineEdit *m_vendor;
    QLineEdit *m_product;
    QLineEdit *m_version;
    QSpinBox *m_instances;
    QLineEdit *m_cpe;
    QLineEdit *m_purl;
    QLineEdit *m_eolProduct;
    QLineEdit *m_eolCycle;
    QPlainTextEdit *m_notes;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace pp
