#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace voicepay {
class PaymentFlow;
}

namespace voicepay::ui {

class ClampIndicator;

// What the agent on a conference call sees of the caller's entry: how many digits were keyed, the brand
// detected so far and whether the number passes the Luhn check, never the digits; and at the end of the call
// whether the payment was taken, with its reference.
class ConferenceView : public QWidget
{
    Q_OBJECT
public:
    explicit ConferenceView(QWidget* parent = nullptr);

    void reset();
    void refresh(const PaymentFlow& flow);
    ClampIndicator* clamp() const { return m_clamp; }

    QString maskedText() const;
    QString brandText() const;
    QString luhnText() const;
    QString countText() const;
    QString outcomeText() const; // empty until the call ends

private:
    void showOutcome(const PaymentFlow& flow);

    QLabel* m_step;
    QLabel* m_masked;
    QProgressBar* m_progress;
    QLabel* m_count;
    QLabel* m_outcome;
    QLabel* m_brand;
    QLabel* m_luhn;
    ClampIndicator* m_clamp;
};

} // namespace voicepay::ui
