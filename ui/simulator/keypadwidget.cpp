#include "simulator/keypadwidget.h"

#include <QGridLayout>
#include <QPushButton>
#include <QShortcut>

namespace voicepay::ui {

KeypadWidget::KeypadWidget(QWidget* parent)
    : QWidget(parent)
{
    struct Key
    {
        char key;
        const char* letters;
    };
    static const Key keys[]
        = { { '1', "" }, { '2', "ABC" }, { '3', "DEF" }, { '4', "GHI" }, { '5', "JKL" }, { '6', "MNO" },
              { '7', "PQRS" }, { '8', "TUV" }, { '9', "WXYZ" }, { '*', "" }, { '0', "+" }, { '#', "" } };
    auto* grid = new QGridLayout(this);
    grid->setSpacing(6);
    grid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const Key& k : keys) {
        const QChar key = QLatin1Char(k.key);
        const QString letters = QString::fromLatin1(k.letters);
        auto* b = new QPushButton(letters.isEmpty() ? QString(key) : QString(key) + u'\n' + letters, this);
        b->setObjectName(QStringLiteral("key_")
            + (key == u'*'        ? QStringLiteral("star")
                    : key == u'#' ? QStringLiteral("hash")
                                  : QString(key)));
        b->setMinimumSize(56, 44);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        b->setFocusPolicy(Qt::TabFocus);
        b->setToolTip(tr("Key %1 (keyboard: %1)").arg(key));
        b->setAccessibleName(tr("Keypad %1").arg(key));
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        b->setFont(f);
        connect(b, &QPushButton::clicked, this, [this, key] { emit keyPressed(key); });
        auto* shortcut = new QShortcut(QKeySequence(QString(key)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, b, &QPushButton::animateClick);
        grid->addWidget(b, index / 3, index % 3);
        m_buttons.insert(key, b);
        ++index;
    }
}

} // namespace voicepay::ui
