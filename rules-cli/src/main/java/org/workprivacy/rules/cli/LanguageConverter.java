package org.workprivacy.rules.cli;

import org.workprivacy.rules.api.verdict.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts "en"/"nl" in any case. */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        return Language.byTag(value).orElseThrow(() -> new TypeConversionException(
                "unknown language '" + value + "'; use en or nl"));
    }
}
