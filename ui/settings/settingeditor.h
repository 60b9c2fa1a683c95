#pragma once

#include "domain/settings.h"

#include <QObject>

class QCheckBox;
class QGridLayout;
class QLabel;
class QWidget;

namespace linkdesk {

// One row of the settings form: the label, an editor that fits the setting's type (check box,
// combo box, check boxes for a list, spin box, line edit), the fallback value beside it, and a
// "use installation value" check box that leaves the scope's own value unset. The label and the
// editor show the setting's help text as their tool tip.
// Object names follow the key: editor KEY (list items KEY_ITEM), fallback_KEY, inherit_KEY.
class SettingEditor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingEditor)
public:
    SettingEditor(const SettingSpec& spec, QGridLayout* grid, int row, QWidget* parent);

    const SettingSpec& spec() const { return m_spec; }
    // The translated label and help text of a setting (declared with it, in domain/settings.cpp).
    static QString label(const SettingSpec& spec);
    static QString help(const SettingSpec& spec);
    // A canonical value as staff read it ("on", "Match by e-mail", "Currency, Country").
    static QString displayValue(const SettingSpec& spec, const QString& value);

    // Shows the scope's own value (or, inherited, the fallback in a disabled editor).
    void load(const QString& value, bool inherited, const QString& fallback, const QString& fallbackCaption,
              const QString& inheritCaption);
    bool isInherited() const;
    QString value() const; // canonical text

signals:
    void edited();

private:
    void setEditorValue(const QString& value);
    void updateEnabled();

    const SettingSpec& m_spec;
    QWidget* m_editor = nullptr;
    QList<QCheckBox*> m_items; // list settings
    QLabel* m_fallback = nullptr;
    QCheckBox* m_inherit = nullptr;
    QString m_fallbackValue;
    QString m_ownValue;
};

} // namespace linkdesk
