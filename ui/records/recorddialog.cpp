#include "records/recorddialog.h"

#include "ui_recorddialog.h"

#include "db/database.h"
#include "domain/datetext.h"
#include "money/money.h"
#include "records/lookupcombo.h"
#include "records/recordcommands.h"
#include "records/recordstore.h"
#include "shell/windowfit.h"
#include "widgets/datefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSettings>
#include <QShowEvent>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tongxin {

RecordDialog::RecordDialog(Database *db, const FormSpec &spec, qint64 id, const QVariantMap &prefill, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecordDialog>())
    , m_db(db)
    , m_spec(spec)
    , m_id(id)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("recordDialog_") + spec.table);
    // The .ui connects Save to accept() and Cancel to reject(). Save is the default button, so
    // Enter in a one-line field saves as clicking it does.
    QPushButton *save = m_ui->buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->header->setObjectName(QStringLiteral("formHeader"));
    // A warning that does not stop saving (FormSpec::warning), between the fields and the
    // message of a refused save.
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("formWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    // As the header and the message (the .ui): as tall as its text, never taller, so only the
    // fields' scroll area gives or takes room.
    m_warning->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_warning->hide();
    static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->indexOf(m_ui->message), m_warning);
    build();
    QVariantMap row;
    if (id && db && db->isOpen())
        row = RecordStore::fetch(db->db(), spec.table, id);
    if (!id) {
        for (const FormField &f : std::as_const(m_spec.fields)) {
            if (f.defaultValue.isValid())
                row.insert(f.column, f.defaultValue);
        }
        if (m_spec.initial && db && db->isOpen())
            m_spec.initial(db->db(), row);
    }
    if (id && m_spec.expand)
        m_spec.expand(row);
    for (auto it = prefill.constBegin(); it != prefill.constEnd(); ++it)
        row.insert(it.key(), it.value());
    load(row);
    retranslateUi();
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("dialogs/%1/geometry").arg(spec.table)).toByteArray());
}

RecordDialog::~RecordDialog() = default;

QString RecordDialog::label(const FormField &f) const
{
    const QString text = QCoreApplication::translate(m_spec.context, f.label);
    return f.required ? text + QStringLiteral(" *") : text;
}

void RecordDialog::build()
{
    for (const FormField &f : std::as_const(m_spec.fields)) {
        QWidget *editor = nullptr;
        switch (f.kind) {
        case FormField::Kind::Text: {
            auto *e = new QLineEdit(this);
            connect(e, &QLineEdit::textChanged, this, [this, c = f.column] { refreshDependent(c); });
            editor = e;
            break;
        }
        case FormField::Kind::MultiLine: {
            auto *e = new QPlainTextEdit(this);
            e->setTabChangesFocus(true);
            e->setMaximumHeight(90);
            editor = e;
            break;
        }
        case FormField::Kind::Integer:
        case FormField::Kind::Year: {
            auto *e = new QSpinBox(this);
            // An optional number can be left empty: one below the minimum, shown blank, is NULL.
            const qint64 low = f.required ? f.min : f.min - 1;
            e->setRange(int(qMax<qint64>(low, INT_MIN)), int(qMin<qint64>(f.max, INT_MAX)));
            if (!f.required)
                e->setSpecialValueText(QStringLiteral(" "));
            if (f.kind == FormField::Kind::Year)
                e->setValue(f.required ? QDate::currentDate().year() : e->minimum());
            else
                e->setGroupSeparatorShown(true);
            connect(e, &QSpinBox::valueChanged, this, [this, c = f.column] { refreshDependent(c); });
            editor = e;
            break;
        }
        case FormField::Kind::Money: {
            auto *e = new QLineEdit(this);
            e->setAlignment(Qt::AlignRight);
            e->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^-?[0-9,]*(\\.[0-9]{0,2})?$")), e));
            editor = e;
            break;
        }
        case FormField::Kind::Date: {
            // Typed whole (2020-05-01, 2020/5/1, 2020年5月1日) or picked; an optional date may be
            // left empty. A new record's required date starts at today.
            auto *e = new DateField(this);
            if (f.required)
                e->setDate(QDate::currentDate());
            connect(e, &DateField::dateChanged, this, [this, c = f.column] { refreshDependent(c); });
            editor = e;
            break;
        }
        case FormField::Kind::Code: {
            auto *e = new QComboBox(this);
            const QStringList codes = f.codes.isEmpty() ? Labels::codes(f.domain) : f.codes;
            if (!f.required)
                e->addItem(QString(), QVariant());
            for (const QString &code : codes)
                e->addItem(f.codeText ? f.codeText(code) : Labels::text(f.domain, code), code);
            connect(e, &QComboBox::currentIndexChanged, this, [this, c = f.column] { refreshDependent(c); });
            editor = e;
            break;
        }
        case FormField::Kind::Lookup: {
            auto *e = new LookupCombo(this);
            connect(e, &LookupCombo::currentIdChanged, this, [this, c = f.column] { refreshDependent(c); });
            editor = e;
            break;
        }
        case FormField::Kind::Bool:
            editor = new QCheckBox(this);
            connect(static_cast<QCheckBox *>(editor), &QCheckBox::toggled, this,
                    [this, c = f.column] { refreshDependent(c); });
            break;
        }
        editor->setObjectName(QStringLiteral("field_") + f.column);
        auto *lab = new QLabel(this);
        lab->setBuddy(editor);
        m_ui->form->addRow(lab, editor);
        m_editors.insert(f.column, editor);
        m_labels.insert(f.column, lab);
    }
}

QWidget *RecordDialog::editor(const QString &column) const
{
    return m_editors.value(column);
}

QVariant RecordDialog::readValue(const FormField &f) const
{
    QWidget *w = m_editors.value(f.column);
    switch (f.kind) {
    case FormField::Kind::Text: {
        const QString t = static_cast<QLineEdit *>(w)->text().trimmed();
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    case FormField::Kind::MultiLine: {
        const QString t = static_cast<QPlainTextEdit *>(w)->toPlainText().trimmed();
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    case FormField::Kind::Integer:
    case FormField::Kind::Year: {
        auto *spin = static_cast<QSpinBox *>(w);
        if (!f.required && spin->value() == spin->minimum())
            return QVariant();
        return spin->value();
    }
    case FormField::Kind::Money: {
        qint64 fen = 0;
        const QString t = static_cast<QLineEdit *>(w)->text().trimmed();
        if (t.isEmpty())
            return QVariant();
        return Money::parseYuan(t, &fen) ? QVariant(fen) : QVariant(QStringLiteral("invalid"));
    }
    case FormField::Kind::Date: {
        const auto *e = static_cast<DateField *>(w);
        if (e->isEmpty())
            return QVariant();
        return e->isAcceptable() ? QVariant(datetext::iso(e->typedDate())) : QVariant(QStringLiteral("invalid"));
    }
    case FormField::Kind::Code:
        return static_cast<QComboBox *>(w)->currentData();
    case FormField::Kind::Lookup: {
        const qint64 id = static_cast<LookupCombo *>(w)->currentId();
        return id ? QVariant(id) : QVariant();
    }
    case FormField::Kind::Bool:
        return static_cast<QCheckBox *>(w)->isChecked() ? 1 : 0;
    }
    return QVariant();
}

void RecordDialog::writeValue(const FormField &f, const QVariant &v)
{
    QWidget *w = m_editors.value(f.column);
    switch (f.kind) {
    case FormField::Kind::Text:
        static_cast<QLineEdit *>(w)->setText(v.toString());
        break;
    case FormField::Kind::MultiLine:
        static_cast<QPlainTextEdit *>(w)->setPlainText(v.toString());
        break;
    case FormField::Kind::Integer:
    case FormField::Kind::Year: {
        auto *spin = static_cast<QSpinBox *>(w);
        if (!v.isNull())
            spin->setValue(v.toInt());
        else if (!f.required)
            spin->setValue(spin->minimum());
        break;
    }
    case FormField::Kind::Money:
        static_cast<QLineEdit *>(w)->setText(v.isNull() ? QString() : Money::yuan(v.toLongLong()));
        break;
    case FormField::Kind::Date: {
        const QDate d = datetext::parse(v.toString());
        if (d.isValid() || !f.required)
            static_cast<DateField *>(w)->setDate(d);
        break;
    }
    case FormField::Kind::Code: {
        auto *c = static_cast<QComboBox *>(w);
        const int at = c->findData(v.toString());
        c->setCurrentIndex(at >= 0 ? at : (v.isNull() ? 0 : c->currentIndex()));
        break;
    }
    case FormField::Kind::Lookup:
        static_cast<LookupCombo *>(w)->setCurrentId(v.toLongLong());
        break;
    case FormField::Kind::Bool:
        static_cast<QCheckBox *>(w)->setChecked(v.toInt() != 0);
        break;
    }
}

void RecordDialog::load(const QVariantMap &row)
{
    m_loading = true;
    // Lookups first (their lists may depend on codes set below, so load twice).
    for (int pass = 0; pass < 2; ++pass) {
        for (const FormField &f : std::as_const(m_spec.fields)) {
            if (row.contains(f.column))
                writeValue(f, row.value(f.column));
        }
        refreshDependent(QString());
    }
    m_loading = false;
    refreshDependent(QString());
}

void RecordDialog::setValue(const QString &column, const QVariant &value)
{
    if (const FormField *f = m_spec.field(column))
        writeValue(*f, value);
    refreshDependent(column);
}

void RecordDialog::refreshDependent(const QString &changedColumn)
{
    const QVariantMap current = values();
    for (const FormField &f : std::as_const(m_spec.fields)) {
        const bool shown = !f.visibleIf || f.visibleIf(current);
        m_editors.value(f.column)->setVisible(shown);
        m_labels.value(f.column)->setVisible(shown);
        if (f.kind != FormField::Kind::Lookup || !m_db || !m_db->isOpen())
            continue;
        // Reload a lookup when it is first built or when a value its query binds has changed.
        auto *combo = static_cast<LookupCombo *>(m_editors.value(f.column));
        const bool first = combo->property("loaded").isNull();
        if (first || (!changedColumn.isEmpty() && f.lookupSql.contains(QLatin1Char(':') + changedColumn))) {
            QVariantMap binds = current;
            if (m_spec.lookupBinds)
                binds.insert(m_spec.lookupBinds());
            combo->load(m_db->db(), f.lookupSql, binds, !f.required);
            combo->setProperty("loaded", true);
        }
    }
    if (!m_loading && !changedColumn.isEmpty())
        m_ui->message->clear();
    if (!m_loading)
        updateWarning();
}

void RecordDialog::updateWarning()
{
    QString text;
    if (m_spec.warning && m_db && m_db->isOpen()) {
        QVariantMap full = m_spec.fixed;
        const QVariantMap written = values();
        for (auto it = written.constBegin(); it != written.constEnd(); ++it)
            full.insert(it.key(), it.value());
        text = m_spec.warning(m_db->db(), full);
    }
    const bool changed = text != m_warning->text();
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
    // The warning takes its room from the dialog, not from the fields: they stay where they are.
    if (changed)
        growToFit();
}

void RecordDialog::growToFit()
{
    if (!isVisible())
        return;
    layout()->activate();
    const int missing = m_ui->formHost->sizeHint().height() - m_ui->scroll->viewport()->height();
    if (missing <= 0)
        return;
    resize(width(), height() + missing);
    fitToScreen(this); // never past the screen: there the fields scroll
}

QString RecordDialog::warning() const
{
    return m_warning->text();
}

QVariantMap RecordDialog::rawValues() const
{
    QVariantMap out;
    // Visibility is decided on the raw values, then hidden fields are written as NULL.
    for (const FormField &f : std::as_const(m_spec.fields))
        out.insert(f.column, readValue(f));
    const QVariantMap raw = out;
    for (const FormField &f : std::as_const(m_spec.fields)) {
        if (f.visibleIf && !f.visibleIf(raw))
            out.insert(f.column, QVariant());
    }
    return out;
}

QVariantMap RecordDialog::values() const
{
    QVariantMap out = rawValues();
    if (m_spec.derive)
        m_spec.derive(out);
    return out;
}

QString RecordDialog::check() const
{
    // Fields are checked as typed; the record's rules see the values as they would be written.
    const QVariantMap v = rawValues();
    const QVariantMap raw = v;
    for (const FormField &f : std::as_const(m_spec.fields)) {
        if (f.visibleIf && !f.visibleIf(raw))
            continue;
        const QString name = QCoreApplication::translate(m_spec.context, f.label);
        const QVariant value = v.value(f.column);
        if (f.kind == FormField::Kind::Lookup
            && static_cast<LookupCombo *>(m_editors.value(f.column))->hasUnmatchedText())
            return tr("“%1”: choose one of the offered names.").arg(name);
        if (f.kind == FormField::Kind::Money && value.toString() == QLatin1String("invalid"))
            return tr("“%1” is not an amount in yuan.").arg(name);
        if (f.kind == FormField::Kind::Date && value.toString() == QLatin1String("invalid"))
            return tr("“%1”: %2").arg(name, static_cast<DateField *>(m_editors.value(f.column))->problem());
        if (f.required && (value.isNull() || value.toString().isEmpty()))
            return tr("“%1” is required.").arg(name);
        if ((f.kind == FormField::Kind::Money || f.kind == FormField::Kind::Integer) && !value.isNull()
            && (value.toLongLong() < f.min || value.toLongLong() > f.max)) {
            return f.kind == FormField::Kind::Money
                ? tr("“%1” must be between %2 and %3.").arg(name, Money::format(f.min), Money::format(f.max))
                : tr("“%1” must be between %2 and %3.").arg(name).arg(f.min).arg(f.max);
        }
    }
    for (const auto &order : m_spec.dateOrder) {
        const QString a = v.value(order.first).toString();
        const QString b = v.value(order.second).toString();
        if (!a.isEmpty() && !b.isEmpty() && b < a) {
            const FormField *fa = m_spec.field(order.first);
            const FormField *fb = m_spec.field(order.second);
            return tr("“%1” cannot be before “%2”.")
                .arg(QCoreApplication::translate(m_spec.context, fb->label),
                     QCoreApplication::translate(m_spec.context, fa->label));
        }
    }
    if (m_spec.validate && m_db && m_db->isOpen()) {
        QVariantMap full = m_spec.fixed;
        const QVariantMap written = values();
        for (auto it = written.constBegin(); it != written.constEnd(); ++it)
            full.insert(it.key(), it.value());
        const QString rule = m_spec.validate(m_db->db(), full, m_id);
        if (!rule.isEmpty())
            return rule;
    }
    return QString();
}

void RecordDialog::accept()
{
    const QString problem = check();
    if (!problem.isEmpty()) {
        m_ui->message->setText(problem);
        growToFit();
        return;
    }
    QVariantMap v = values();
    if (!m_id) {
        for (auto it = m_spec.fixed.constBegin(); it != m_spec.fixed.constEnd(); ++it)
            v.insert(it.key(), it.value());
    }
    QString error;
    const QString what = QCoreApplication::translate(m_spec.context, m_id ? m_spec.editTitle : m_spec.newTitle);
    if (!saveRecord(m_db, m_spec.table, m_id, v, what, &m_savedId, &error)) {
        m_ui->message->setText(error);
        growToFit();
        return;
    }
    QDialog::accept();
}

void RecordDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (event->spontaneous())
        return;
    // Wide enough for the form without a horizontal scroll bar, and on the screen.
    const int needed = m_ui->formHost->sizeHint().width() + m_ui->scroll->verticalScrollBar()->sizeHint().width()
        + layout()->contentsMargins().left() + layout()->contentsMargins().right() + 4;
    if (width() < needed)
        resize(needed, height());
    fitToScreen(this);
    // Tall enough to show every field without a scroll bar, when the screen allows.
    growToFit();
    // The user types at once: the first field shown has the keyboard (never the scroll area).
    for (const FormField &f : std::as_const(m_spec.fields)) {
        QWidget *editor = m_editors.value(f.column);
        if (!editor->isVisible() || !editor->isEnabled())
            continue;
        editor->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void RecordDialog::done(int result)
{
    QSettings settings;
    settings.setValue(QStringLiteral("dialogs/%1/geometry").arg(m_spec.table), saveGeometry());
    QDialog::done(result);
}

QString RecordDialog::message() const
{
    return m_ui->message->text();
}

QString RecordDialog::headerText() const
{
    return m_ui->header->text();
}

void RecordDialog::retranslateUi()
{
    setWindowTitle(QCoreApplication::translate(m_spec.context, m_id ? m_spec.editTitle : m_spec.newTitle));
    const QString header = m_spec.header && m_db && m_db->isOpen() ? m_spec.header(m_db->db(), m_id) : QString();
    m_ui->header->setText(header);
    m_ui->header->setVisible(!header.isEmpty());
    updateWarning();
    for (const FormField &f : std::as_const(m_spec.fields)) {
        m_labels.value(f.column)->setText(label(f));
        if (f.toolTip)
            m_editors.value(f.column)->setToolTip(QCoreApplication::translate(m_spec.context, f.toolTip));
        if (f.kind == FormField::Kind::Code) {
            auto *c = static_cast<QComboBox *>(m_editors.value(f.column));
            for (int i = 0; i < c->count(); ++i) {
                if (!c->itemData(i).isNull())
                    c->setItemText(i, f.codeText ? f.codeText(c->itemData(i).toString())
                                                 : Labels::text(f.domain, c->itemData(i).toString()));
            }
        }
    }
}

void RecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace tongxin
