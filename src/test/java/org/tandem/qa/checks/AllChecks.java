package org.tandem.qa.checks;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.qa.Check;
import org.tandem.qa.DocumentCheck;

/** Every check, as Spring would register them, for tests without a context. */
final class AllChecks {

    static final List<Check> SEGMENT = List.of(new GluedQuoteCheck(), new UnbalancedQuoteCheck(),
            new QuoteConventionCheck(), new LowercaseStartCheck(), new EnglishPronounICheck(),
            new ProperNounCaseCheck(), new NumberMismatchCheck(), new NumberScaleCheck(), new DecimalSeparatorCheck(),
            new UntranslatedCheck(), new EmptyTargetCheck(), new DoubledWordCheck(), new WhitespaceCheck(),
            new InlineCodeCheck(), new SourceLanguageLeftCheck(), new EndPunctuationCheck(), new GlossaryCheck());
    static final List<DocumentCheck> DOCUMENT = List.of(new NameConsistencyCheck(), new MixedQuotesCheck());
    static final Map<String, Check> BY_ID = SEGMENT.stream().collect(Collectors.toMap(Check::id, Function.identity()));

    private AllChecks() {
    }
}
