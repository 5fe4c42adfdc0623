// The YAML rewriter that renames a proxy's Knative service.
#include "deploy/yaml_rewriter.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace traceload;
    const QByteArray yaml(reinterpret_cast<const char*>(data), qsizetype(size));
    fuzz::expectInputErrorOnly([&yaml] {
        YamlRewriter::renameService(yaml, QStringLiteral("renamed"), QStringLiteral("fuzz.yaml"));
    });
    return 0;
}
