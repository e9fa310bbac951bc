#include "dashboard/explaindialog.h"

#include "db/database.h"
#include "i18n/language.h"
#include "money/money.h"
#include "stats/breakdowns.h"
#include "stats/definitions.h"
#include "stats/explain.h"
#include "widgets/listview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongxin {

namespace {

ListSpec specFor(const QString &figure, const QHash<QString, QString> *englishUnits)
{
    ListSpec s;
    s.settingsKey = QStringLiteral("explain");
    s.context = "ExplainDialog";
    s.sql = Explain::listSql(figure);
    const auto unitName = [englishUnits](const QVariant &raw) {
        const QString name = raw.toString();
        if (name.isEmpty())
            return QCoreApplication::translate("ExplainDialog", "—");
        return Language::current() == QLatin1String("en") ? englishUnits->value(name, name) : name;
    };
    s.columns = {
        // Record numbers are not quantities: shown without grouping and never added up.
        ListColumn::year(QStringLiteral("id"), QT_TRANSLATE_NOOP("ExplainDialog", "Record no.")),
        Explain::datedByYear(figure) ? ListColumn::year(QStringLiteral("date"), QT_TRANSLATE_NOOP("ExplainDialog", "Year"))
                                     : ListColumn::text(QStringLiteral("date"), QT_TRANSLATE_NOOP("ExplainDialog", "Date")),
        ListColumn::custom(QStringLiteral("unit"), QT_TRANSLATE_NOOP("ExplainDialog", "Western unit"), unitName),
        ListColumn::text(QStringLiteral("description"), QT_TRANSLATE_NOOP("ExplainDialog", "Record")),
        Explain::isMoney(figure) ? ListColumn::money(QStringLiteral("value"), QT_TRANSLATE_NOOP("ExplainDialog", "Amount"))
                                 : ListColumn::integer(QStringLiteral("value"),
                                                       QT_TRANSLATE_NOOP("ExplainDialog", "Adds to the figure")),
    };
    return s;
}

} // namespace

ExplainDialog::ExplainDialog(Database *db, const QString &figure, const Filter &filter, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_figure(figure)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("explainDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    if (m_db && m_db->isOpen()) {
        for (const Unit &u : Breakdowns::westernUnits(m_db->db())) {
            if (!u.nameEn.isEmpty())
                m_englishUnits.insert(u.name, u.nameEn);
        }
    }
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("explainHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_definition = new QLabel(this);
    m_definition->setObjectName(QStringLiteral("explainDefinition"));
    m_definition->setWordWrap(true);
    m_definition->setStyleSheet(QStringLiteral("color: #5f5b55;"));
    m_list = new ListView(specFor(figure, &m_englishUnits), this);
    m_list->setObjectName(QStringLiteral("explainList"));
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("explainTotal"));
    m_totalLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_definition);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_totalLabel);
    layout->addWidget(buttons);

    if (m_db && m_db->isOpen()) {
        if (Explain::value(m_db->db(), figure, filter, &m_value, &m_error)
            && Explain::records(m_db->db(), figure, filter, [](const ExplainRecord &) { return true; }, &m_total,
                                &m_error)) {
            if (!m_list->load(m_db->db(), Explain::listBinds(figure, filter)))
                m_error = tr("The records could not be read.");
        }
    }
    resize(860, 520);
    retranslateUi();
}

QString ExplainDialog::spanText() const
{
    if (m_filter.fromYear > 0 && m_filter.fromYear == m_filter.toYear)
        return QString::number(m_filter.fromYear);
    if (m_filter.fromYear > 0 && m_filter.toYear > 0)
        return QStringLiteral("%1–%2").arg(m_filter.fromYear).arg(m_filter.toYear);
    return tr("All years");
}

QString ExplainDialog::unitText() const
{
    if (m_filter.countyId == 0)
        return tr("All western units");
    if (m_filter.countyId == Filter::Unassigned)
        return tr("Not assigned to a unit");
    if (m_db && m_db->isOpen()) {
        for (const Unit &u : Breakdowns::westernUnits(m_db->db())) {
            if (u.id == m_filter.countyId)
                return u.displayName();
        }
    }
    return QString::number(m_filter.countyId);
}

void ExplainDialog::retranslateUi()
{
    const Definition d = Definitions::of(m_figure);
    //: Window title of the list of records behind a figure, e.g. "Records of: Fiscal aid paid".
    setWindowTitle(tr("Records of: %1").arg(d.name));
    m_heading->setText(tr("%1 · %2 · %3").arg(d.name, spanText(), unitText()));
    // An export of the list is named and titled as the figure, its years and unit.
    m_list->setProperty("exportTitle", m_heading->text());
    //: What a figure counts, then which date decides its year (Chinese: no space after 。).
    m_definition->setText(tr("%1 Year: %2").arg(d.counted, d.year));
    if (!m_error.isEmpty()) {
        m_totalLabel->setText(tr("The records could not be read: %1").arg(m_error));
        return;
    }
    const bool money = Explain::isMoney(m_figure);
    const auto text = [money](qint64 v) { return money ? Money::format(v) : QLocale().toString(v); };
    const int rows = m_list->totalRowCount();
    const QString count = rows == 1 ? tr("1 record") : tr("%1 records").arg(QLocale().toString(rows));
    m_totalLabel->setText(m_total == m_value
                              ? tr("%1, adding up to %2: the figure shown.").arg(count, text(m_total))
                              : tr("%1, adding up to %2; the figure is %3.").arg(count, text(m_total), text(m_value)));
}

void ExplainDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace tongxin
