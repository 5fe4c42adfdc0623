// The build's absolute paths, compiled once (see test_support.h).

#include "test_support.h"

namespace traceload::test {

QString sampleDir()
{
    return QStringLiteral(TRACELOAD_SAMPLE_DIR);
}
QString fixturesDir()
{
    return QStringLiteral(TRACELOAD_FIXTURES_DIR);
}
QString binary(const QString& name)
{
    return QStringLiteral(TRACELOAD_BIN_DIR) + u'/' + name;
}

} // namespace traceload::test
