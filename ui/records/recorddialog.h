#pragma once

#include "registers/formspec.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QLabel;

namespace Ui {
class RecordDialog;
}

namespace tongxin {

class Database;

/// The form of one record, built from its FormSpec: create (id 0, optionally pre-filled) or
/// edit. Checks required fields, ranges, date order and the record's own rules, then writes in
/// accept() as one undoable transaction; on refusal the message stays in the dialog and nothing
/// is written. Save (the default button, so also Enter) accepts; Cancel and Esc leave the
/// database untouched.
class RecordDialog final : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(Database *db, const FormSpec &spec, qint64 id, const QVariantMap &prefill = {},
                 QWidget *parent = nullptr);
    ~RecordDialog() override;

    /// The values currently in the form (hidden fields as NULL), as they would be written.
    QVariantMap values() const;
    /// Sets a field's value (tests, pre-filling).
    void setValue(const QString &column, const QVariant &value);
    /// The widget editing a column (tests); its objectName is "field_<column>".
    QWidget *editor(const QString &column) const;
    /// The message shown after a refused save, or empty.
    QString message() const;
    /// The information line above the fields (FormSpec::header), or empty.
    QString headerText() const;
    /// The warning shown in the form (FormSpec::warning), or empty.
    QString warning() const;
    /// The saved record's id after accept().
    qint64 savedId() const { return m_savedId; }
    /// The problem with the current values, or an empty string when they can be saved.
    QString check() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void load(const QVariantMap &row);
    void refreshDependent(const QString &changedColumn);
    void retranslateUi();
    void updateWarning();
    /// Grows the shown dialog (within the screen) until the fields need no scroll bar, so a
    /// warning or a message below them does not squeeze them.
    void growToFit();
    QVariantMap rawValues() const;
    QVariant readValue(const FormField &f) const;
    void writeValue(const FormField &f, const QVariant &v);
    QString label(const FormField &f) const;

    std::unique_ptr<Ui::RecordDialog> m_ui;
    Database *m_db;
    FormSpec m_spec;
    qint64 m_id;
    qint64 m_savedId = 0;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QLabel *m_warning = nullptr;
    bool m_loading = false;
};

} // namespace tongxin
