#include "interop/ChunkedInput.h"

#include <QIODevice>

namespace mmtrack::interop {

namespace {

constexpr qint64 chunkSize = 65536;
// How long to wait for more bytes from a sequential device (a pipe, a socket) that has none yet.
constexpr int sequentialWaitMs = 30000;

} // namespace

QByteArrayView ChunkedInput::lookahead(qsizetype n)
{
    while (m_buffer.size() - m_pos < n) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        if (!readChunk())
            break;
    }
    return QByteArrayView(m_buffer).sliced(m_pos, std::min(n, m_buffer.size() - m_pos));
}

QString ChunkedInput::errorString() const
{
    return m_device.errorString();
}

// Drops what was consumed and reads the next chunk; false at the end.
bool ChunkedInput::refill()
{
    m_buffer.resize(0);
    m_pos = 0;
    return readChunk();
}

// Appends one chunk to the buffer; false at the end or on a read error.
bool ChunkedInput::readChunk()
{
    if (m_atEnd)
        return false;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + chunkSize);
    qint64 count = m_device.read(m_buffer.data() + old, chunkSize);
    if (count == 0 && m_device.isSequential() && m_device.waitForReadyRead(sequentialWaitMs))
        count = m_device.read(m_buffer.data() + old, chunkSize);
    m_buffer.resize(old + std::max<qint64>(count, 0));
    if (count <= 0) {
        m_failed = count < 0;
        m_atEnd = true;
        return false;
    }
    m_bytesRead += count;
    if (m_chunk)
        m_chunk(QByteArrayView(m_buffer).sliced(old, count));
    if (m_progress)
        m_progress(m_bytesRead);
    return true;
}

} // namespace mmtrack::interop
