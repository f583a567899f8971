// 1-based line numbers of byte offsets in a file read whole, for the messages of the importers
// that parse with QJsonDocument (which reports offsets, not lines).
#pragma once

#include <QByteArray>
#include <QList>

#include <algorithm>

namespace pp {

class LineIndex
{
public:
    explicit LineIndex(const QByteArray &data)
    {
        m_starts << 0;
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (data.at(i) == '\n')
                m_starts << i + 1;
        }
    }
    int lineAt(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
        return int(it - m_starts.cbegin());
    }

private:
    QList<qsizetype> m_starts;
};

} // namespace pp
