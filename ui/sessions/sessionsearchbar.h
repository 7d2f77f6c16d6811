#pragma once

#include "store/sessionquery.h"
#include "store/storeurl.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace voicepay::ui {

class SiteFilterBox;

// What the session browser searches for: the period, the site, outcome, exit and brand, one identifier
// (payment reference, session id, transaction id or last four), the step a drill-down came from, and
// unconfirmed payments only. Gives the filters as a SessionQuery (the browser adds the order and the page)
// and takes one back from a drill-down.
class SessionSearchBar : public QWidget
{
    Q_OBJECT
public:
    enum class Field { PaymentReference, SessionId, TransactionId, LastFour };

    explicit SessionSearchBar(StoreUrl url, QWidget* parent = nullptr);

    SessionQuery query(qint64 nowMs) const;
    // Shows a drill-down's filters; a period that is not one of the presets becomes a "custom" choice.
    void apply(const SessionQuery& query);
    void setSearch(Field field, const QString& text);

    SiteFilterBox* siteFilter() const { return m_site; }
    QCheckBox* unconfirmedFilter() const { return m_unconfirmed; }
    QString stepFilter() const { return m_stepValue; }
    // The outcomes the KPIs count as unsuccessful (declined or failed).
    static QStringList unsuccessfulOutcomes();

signals:
    void changed(); // any filter; the text field when Enter is pressed

private:
    QWidget* buildFirstRow();
    QWidget* buildSecondRow();
    void fillChoices();
    static void choose(QComboBox* box, const QString& value);

    StoreUrl m_url;
    QComboBox* m_period;
    SiteFilterBox* m_site;
    QComboBox* m_outcome;
    QComboBox* m_exit;
    QComboBox* m_brand;
    QComboBox* m_field;
    QLineEdit* m_text;
    QCheckBox* m_unconfirmed;
    QLabel* m_step;
    QToolButton* m_clearStep;
    QString m_stepValue;
    QString m_callType; // from a drill-down on the split by call type; no control of its own
    qint64 m_customFrom = 0;
    qint64 m_customTo = 0;
};

} // namespace voicepay::ui
