package org.tandem.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;

/**
 * One table for every segment check: each row is a source/target pair in some language pair and what the check
 * must say about it: the text its first issue covers and its first suggestion, or {@code -} for silence.
 */
class SegmentChecksTest {

    @ParameterizedTest(name = "{0} {1}→{2}: {4} ⇒ [{5}] {6}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // quote-glued: closing quote glued to the next word, with the comma English puts inside
            "quote-glued      | es | en-US | «Es un día histórico», afirmó el ministro. | \"It is a historic day\"said the minister. | \" | ',\" '",
            "quote-glued      | en | de    | \"We will win,\" he said.                      | „Wir werden gewinnen“sagte er.            | “ | '“, '",
            "quote-glued      | fr | es    | Il a dit «oui».                                 | Dijo«sí».                                 | « | ' «'",
            "quote-glued      | es | en-GB | Dijo: «Vamos».                                  | He said: \"Let's go.\" Then he left.      | - | -",
            "quote-glued      | de | en    | Er sagte „Ja“.                                  | He said \"yes\".                          | - | -",
            "quote-glued      | es | en    | Pero no hay acuerdo\", dijo el portavoz.        | But there is no deal\"said the spokesman. | \" | ',\" '",
            "quote-glued      | es | en    | en la región\".                                 | in the region\".                          | - | -",
            // quote-unbalanced: only when the source's quotes pair up
            "quote-unbalanced | es | en    | «La paz es posible», dijo.                      | \"Peace is possible, he said.             | \" | NULL",
            "quote-unbalanced | es | en    | «La paz es posible,                             | \"Peace is possible,                      | - | -",
            // bracket-unpaired: only when the source's brackets pair up
            "bracket-unpaired | en | de    | The plant (an arum) is tall.                    | Die Pflanze (ein Aronstab ist hoch.       | ( | NULL",
            "bracket-unpaired | de | en    | Die Pflanze [ein Aronstab] ist hoch.            | The plant an arum] is tall.               | ] | NULL",
            "bracket-unpaired | en | es    | The plant (an arum) is tall.                    | La planta (un aro) es alta).              | ) | NULL",
            "bracket-unpaired | zh | en    | 这种植物（海芋）很高。                               | This plant (alocasia is tall.             | ( | NULL",
            "bracket-unpaired | en | de    | The plant (an arum                              | Die Pflanze (ein Aronstab                 | - | -",
            "bracket-unpaired | en | es    | Choose a) red or b) blue.                       | Elija a) rojo o b) azul.                  | - | -",
            "bracket-unpaired | en | zh    | The plant (an arum) is tall.                    | 这种植物（海芋）很高。                           | - | -",
            // fixed-token: URLs, addresses, hashtags, handles and codes copied as they are
            "fixed-token      | en | de    | See www.example.com/report for details.         | Siehe www.example.com/bericht für Details. | www.example.com/bericht | www.example.com/report",
            "fixed-token      | en | es    | Write to press@example.org today.               | Escriba hoy a prensa@example.org.         | prensa@example.org | press@example.org",
            "fixed-token      | en | en-GB | The A320 and the F-35 flew.                     | The A321 and the F-35 flew.               | A321 | A320",
            "fixed-token      | zh | en    | 他们使用了#MeToo标签，并@UN_Women。                 | They used the tag and UN Women.           | '' | NULL",
            "fixed-token      | es | en    | La COVID-19 y el CO2 en 2020.                   | COVID-19 and CO₂ in 2020.                 | - | -",
            "fixed-token      | en | de    | It is 3D, we met in the 1990s at 10AM with 4GB. | Es ist 3D, wir trafen uns in den 1990ern um 10 Uhr mit 4 GB. | - | -",
            "fixed-token      | en | es    | Visit https://example.com.                      | Visite https://example.com.               | - | -",
            // name-copied: a source name with a slip inside it; endings adapt between languages
            "name-copied      | en | de    | This is Kekertsuatsiak, an island.              | Das ist Kekerattsusiak, eine Insel.       | Kekerattsusiak | Kekertsuatsiak",
            "name-copied      | en | es    | Mayor Collboni of Barcelona spoke.              | Habló el alcalde Colboni de Barcelona.    | Colboni | Collboni",
            "name-copied      | de | en    | Bürgermeister Schwarzenegger sprach.            | Mayor Schwarzeneger spoke.                | Schwarzeneger | Schwarzenegger",
            "name-copied      | es | en    | Volodímir Zelenski habló en Kiev.               | Volodymyr Zelensky spoke in Kyiv.         | - | -",
            "name-copied      | es | en    | Llegó a Múnich y a Moscú.                       | He reached Munich and Moscow.             | - | -",
            "name-copied      | zh | en    | 他在MacroBot公司工作。                              | He works at MarcoBot.                     | - | -",
            "name-copied      | en | es    | The Philodendron grows.                         | El filodendro crece.                      | - | -",
            // hyphen-spaced: a hyphenated word split by spaces; a spaced hyphen between other words is a dash
            "hyphen-spaced    | zh | en-US | 分子的自组装很重要。                               | The self - assembly of molecules matters. | self - assembly | self-assembly",
            "hyphen-spaced    | en | es    | A Franco-German treaty.                         | Un tratado franco - alemán.               | franco - alemán | franco-alemán",
            "hyphen-spaced    | en | fr    | My grandmother came.                            | Ma grand - mère est venue.                | grand - mère | grand-mère",
            "hyphen-spaced    | zh | en-US | 宇宙的影像——一系列影像。                            | Images of the universe - a series of images. | - | -",
            "hyphen-spaced    | en | de    | Poverty - violence                              | Armut - Gewalt                            | - | -",
            "hyphen-spaced    | en | en-GB | Long-term care.                                 | Long-term care.                           | - | -",
            // double-hyphen: English's typewriter dash in another language, set as its dash; English's own habit,
            // code and rule lines aside
            "double-hyphen    | en | de    | The Earth -- our Earth -- is small.             | Die Erde -- unsere Erde -- ist klein.     | -- | –",
            "double-hyphen    | zh | es    | 宇宙的影像——一系列影像。                            | Imágenes del universo -- una serie de imágenes. | -- | —",
            "double-hyphen    | zh | en-US | 宇宙的影像——一系列影像。                            | Images of the universe -- a series of images. | - | -",
            "double-hyphen    | en | es    | Life -- and death.                              | La vida ---y la muerte.                   | --- | —",
            "double-hyphen    | en | es    | In 1990--1995 it grew.                          | En 1990--1995 creció.                     | -- | –",
            "double-hyphen    | en | de    | Run it with --verbose now.                      | Mit --verbose ausführen.                  | - | -",
            "double-hyphen    | en | de    | <!-- note --> Text                              | <!-- Notiz --> Text                       | - | -",
            "double-hyphen    | en | de    | The end ---- a start.                           | Das Ende ---- ein Anfang.                 | - | -",
            "double-hyphen    | zh | de    | 宇宙的影像——一系列影像。                            | Bilder des Universums – eine Serie von Bildern. | - | -",
            // quote-convention: marks of another language's typography
            "quote-convention | es | en    | «Nunca»                                         | «Never»                                   | « | “",
            "quote-convention | en | de    | \"Never\"                                       | „Niemals”                                 | ” | “",
            "quote-convention | en | es    | \"Never\"                                       | «Nunca»                                   | - | -",
            // lowercase-start: segment start (when the source's is upper case) and sentence starts
            "lowercase-start  | es | en    | No es un árbitro \"neutral\" en la disputa.   | It is not an arbiter. \"neutral\" in the dispute. | neutral | Neutral",
            "lowercase-start  | es | en    | 17 personas murieron.                           | 17 people died.                           | - | -",
            "lowercase-start  | de | en    | Wirtschaftliche Lage                            | economic situation                        | economic | Economic",
            "lowercase-start  | en | es    | The deal failed. Talks resume today.            | El acuerdo fracasó. las conversaciones se reanudan hoy. | las | Las",
            "lowercase-start  | en | de    | iPhone sales rose.                              | iPhone-Verkäufe stiegen.                  | - | -",
            "lowercase-start  | es | en    | Frutas, verduras, etc. son caras.               | Fruit, vegetables, etc. are expensive.    | - | -",
            "lowercase-start  | zh | en    | 我们今天开始。                                   | we start today.                           | we | We",
            "lowercase-start  | zh | de    | 「我们今天开始。」                                 | „wir beginnen heute.“                     | wir | Wir",
            "lowercase-start  | zh | es    | 我们今天开始。                                   | empezamos hoy.                            | empezamos | Empezamos",
            "lowercase-start  | zh | en    | ，我们今天开始。                                  | and we start today.                       | - | -",
            "lowercase-start  | zh | en    | （笑声） 我想先讲一个悖论。                          | (laughter) I want to start with a paradox. | - | -",
            "lowercase-start  | zh | en    | 苹果公司的iPhone销量上升。                           | iPhone sales rose.                        | - | -",
            // english-pronoun-i
            "english-pronoun-i | es | en   | Creo que iré.                                   | i think i'll go.                          | i | I",
            "english-pronoun-i | de | en   | Punkt i der Liste                               | Item (i) of the list                      | i | I",
            "english-pronoun-i | en | es   | Yo voy.                                         | Voy a la playa i vuelvo.                  | - | -",
            "english-pronoun-i | de | en   | Das iPad                                        | The iPad and e.g. i.e. examples           | - | -",
            // proper-noun-case: a source name rendered in lower case
            "proper-noun-case | es | en    | Llegó a Múnich el lunes.                        | He arrived in munich on Monday.           | munich | Munich",
            "proper-noun-case | de | en    | Gespräche zwischen Peking und Taipeh.           | Talks between beijing and Taipei.         | - | -",
            "proper-noun-case | en | de    | Flights from London to Odessa.                  | Flüge von London nach odesa.              | odesa | Odesa",
            "proper-noun-case | es | en    | El Gobierno aprobó la ley.                      | The government passed the law.            | - | -",
            "proper-noun-case | en | de    | It will be able to see the Sun.                 | Es wird in der Lage sein, die Sonne zu sehen. | - | -",
            "proper-noun-case | en | es    | The Sun and its planets are old.                | El sol y sus planetas son viejos.         | - | -",
            "proper-noun-case | de | en    | Er traf den Mann am Morgen.                     | He met the man in the morning.            | - | -",
            // number-mismatch: values compared after each language's separators and scale words
            "number-mismatch  | es | en    | Murieron 17 personas.                           | 71 people died.                           | 71 | NULL",
            "number-mismatch  | es | en    | El 12 de marzo de 2023.                         | On March 21, 2023.                        | 21 | NULL",
            "number-mismatch  | es | en    | Un plan de 15.600 millones de dólares.          | A $15.6 billion plan.                     | - | -",
            "number-mismatch  | de | en    | Es kostet 3,5 Millionen Euro.                   | It costs 3.5 million euros.               | - | -",
            "number-mismatch  | en | de    | It weighs 1,250.5 kg.                           | Es wiegt 1.250,5 kg.                      | - | -",
            "number-mismatch  | en | es    | Chapter 4 of 12.                                | Capítulo 4.                               | '' | NULL",
            "number-mismatch  | zh | en    | 大约10年前，他离开了。                              | About 10 years ago, he left.              | - | -",
            "number-mismatch  | zh | en    | 离黑洞30公里的轨道上。                              | In an orbit 40 kilometers from the hole.  | 40 | NULL",
            "number-mismatch  | zh | en    | 140亿年过去了。                                     | Fourteen billion years have passed.       | - | -",
            "number-mismatch  | zh | en    | 共有1.5亿人。                                      | There are 150 million people.             | - | -",
            "number-mismatch  | zh | en    | 这发生在十万年前。                                  | This happened ten thousand years ago.     | ten thousand | NULL",
            "number-mismatch  | zh | en    | 这发生在十万年前。                                  | This happened 100,000 years ago.          | - | -",
            "number-mismatch  | zh | en    | 他3月来了，带了三本书。                             | He came in March with three books.        | - | -",
            "number-mismatch  | zh | en    | 他们千万不要忘记一个人。                            | They must never forget anyone.            | - | -",
            "number-mismatch  | ja | en    | 予算は3億円です。                                   | The budget is 300 million yen.            | - | -",
            "number-mismatch  | ko | en    | 인구는 1억 명이다.                                  | The population is 100 million.            | - | -",
            "number-mismatch  | en | de    | It happened ten thousand years ago.             | Es geschah vor 10.000 Jahren.             | - | -",
            "number-mismatch  | en | de    | It happened ten thousand years ago.             | Es geschah vor 1.000 Jahren.              | 1.000 | NULL",
            "number-mismatch  | en | de    | in 3 years                                      | in drei Jahren                            | - | -",
            "number-mismatch  | en | de    | COVID-19 changed everything.                    | Corona hat alles verändert.               | - | -",
            "number-mismatch  | zh | en    | 我们移到离黑洞30公里处。                            | We moved to the hole-30 kilometers away.  | - | -",
            "number-mismatch  | zh | en    | 十亿年前，两个黑洞相撞。                            | A billion years ago, two holes collided.  | - | -",
            "number-mismatch  | es | en    | Llegaron tres mil personas.                     | 3,000 people arrived.                     | - | -",
            "number-mismatch  | en | es    | 2,000 people came.                              | Vinieron dos mil personas.                | - | -",
            "number-mismatch  | en | de    | Black holes millions or billions of times the mass. | Schwarze Löcher, Millionen oder Milliarden Mal so schwer. | - | -",
            "number-mismatch  | en | de    | Each one 10 times the mass of the Sun.          | Jedes mit der zehnfachen Masse der Sonne. | - | -",
            "number-mismatch  | en | de    | Against the hundred billion stars.              | Vor den hundert Milliarden Sternen.       | - | -",
            "number-mismatch  | en | de    | Against the hundred billion stars.              | Vor den zehn Milliarden Sternen.          | zehn Milliarden | NULL",
            "number-mismatch  | en | de    | Imagine a billion years ago.                    | Vor einer Milliarde Jahren.               | - | -",
            "number-mismatch  | zh | en    | 比较前20%与后20%的收入。                            | Compare the incomes of the top and bottom 20%. | - | -",
            "number-mismatch  | en | de    | The top 20% and the bottom 20%.                 | Die oberen und die unteren 20 %.          | - | -",
            "number-mismatch  | en | es    | The top 20% and the bottom 20%.                 | El 20 % superior y el 20 % inferior, un 20 % en total. | - | -",
            "number-mismatch  | en | de    | In the 21st century, on the 3rd of May.         | Im 21. Jahrhundert, am 3. Mai.            | - | -",
            "number-mismatch  | en | es    | In the 21st century.                            | En el siglo XXI.                          | - | -",
            "number-mismatch  | es | en    | En el siglo XXI, el 1.º de mayo.                | In the 21st century, on May 1st.          | - | -",
            "number-mismatch  | zh | en    | 二十一世纪是第3个千年的开始。                       | The 21st century begins the 3rd millennium. | - | -",
            "number-mismatch  | en | es    | In the 21st century.                            | En el siglo XXII.                         | '' | NULL",
            "number-mismatch  | en | de    | On the 3rd of May.                              | Am 4. Mai.                                | 4 | NULL",
            // a date in numbers on one side and with the month's name on the other: the month is a number
            "number-mismatch  | en | es    | It was signed on 05/03/2024.                    | Se firmó el 5 de marzo de 2024.           | - | -",
            "number-mismatch  | de | en    | Am 5.3.2024 unterzeichnet.                      | Signed on March 5, 2024.                  | - | -",
            "number-mismatch  | zh | en    | 协议于2024-03-05签署。                              | The deal was signed on 5 March 2024.      | - | -",
            "number-mismatch  | es | de    | Firmado el 5 de marzo de 2024.                  | Unterzeichnet am 05.03.2024.              | - | -",
            "number-mismatch  | en | de    | Signed on 05/03/2024.                           | Am 6. März 2024 unterzeichnet.            | 6 | NULL",
            "number-mismatch  | en | es    | Signed on 05/03/2024.                           | Se firmó el 5 de abril de 2024.           | '' | NULL",
            "number-mismatch  | en | de    | Washington DC sold a CD.                        | Washington verkaufte eine Platte.         | - | -",
            "number-mismatch  | zh | en    | 他在华盛顿特区。                                   | He is in Washington DC.                   | - | -",
            // number-scale: thousands of millions in English
            "number-scale     | es | en    | Una inversión de 80.000 millones.               | An investment of 80,000 million.          | '80,000 million' | 80 billion",
            "number-scale     | es | en-GB | 2.500 billones                                  | 2,500 billion                             | '2,500 billion' | 2.5 trillion",
            "number-scale     | es | en    | 900 millones                                    | 900 million                               | - | -",
            // number-grouping: large numbers as the target locale groups them
            "number-grouping  | zh | en-US | 大约有25万人。                                   | About 250000 people live there.           | 250000 | '250,000'",
            "number-grouping  | en | de    | About 250,000 people.                           | Etwa 250000 Menschen.                     | 250000 | 250.000",
            "number-grouping  | en | es    | About 40,000 people.                            | Unas 40000 personas.                      | 40000 | 40.000",
            "number-grouping  | en | en    | In 2023 about 250,000 people.                   | In 2023 about 250,000 people.             | - | -",
            "number-grouping  | en | de    | Certified to ISO 27001, see page 10000-10002.   | Nach ISO 27001 zertifiziert, siehe Seite 10000-10002. | - | -",
            "number-grouping  | en | en    | Order A-12345 at example.com/items/123456.      | Order A-12345 at example.com/items/123456. | - | -",
            "number-grouping  | zh | de    | 共有25万人。                                      | Insgesamt 250 000 Menschen.               | - | -",
            // number-separator: another locale's decimal mark
            "number-separator | en | es    | Inflation was 3.5 percent.                      | La inflación fue del 3.5 por ciento.      | 3.5 | '3,5'",
            "number-separator | de | en    | Es sind 2,75 Prozent.                           | It is 2,75 percent.                       | '2,75' | 2.75",
            "number-separator | zh | en-US | 矩阵的[1,1]和[0,0]元素。                           | The [1,1] and [0,0] elements of the matrix. | - | -",
            "number-separator | en | de    | Version 2.4.1 on 30.11.2026, items 1,2,3.      | Version 2.4.1 am 30.11.2026, Punkte 1,2,3. | - | -",
            "number-separator | en | es    | Scores of 2.5, 3.5 and 4.5.                     | Puntuaciones de 2.5, 3,5 y 4,5.           | 2.5 | '2,5'",
            "number-separator | de | en    | Es waren 1.000.000 Menschen und 2,5 Prozent.    | It was 1,000,000 people and 2,5 percent.  | '2,5' | 2.5",
            "number-separator | en | de    | 10,000 people                                   | 10.000 Menschen                           | - | -",
            // untranslated
            "untranslated     | en | de    | Please restart the application.                | Please restart the application.           | Please restart the application. | NULL",
            "untranslated     | en | es    | Microsoft Teams                                 | Microsoft Teams                           | - | -",
            "untranslated     | en | de    | Settings                                        | Settings                                  | Settings | NULL",
            // target-in-source-language: a sentence passed through untranslated, judged by function words
            "target-in-source-language | es | en | La reunión de los ministros terminó sin un acuerdo sobre el presupuesto. | La reunión de los ministros terminó sin un acuerdo sobre el presupuesto de la UE. | La reunión de los ministros terminó sin un acuerdo sobre el presupuesto de la UE. | NULL",
            "target-in-source-language | de | en | Die Regierung hat den Plan gestern vorgestellt. | Die Regierung hat den Plan am Montag vorgestellt. | Die Regierung hat den Plan am Montag vorgestellt. | NULL",
            "target-in-source-language | es | en | El presidente de la comisión habló. | The president of the commission spoke in Madrid. | - | -",
            "target-in-source-language | en | es | Real Madrid won the Copa del Rey. | El Real Madrid ganó la Copa del Rey. | - | -",
            "target-in-source-language | fr | de | Le président est arrivé à Berlin. | Le Monde berichtet, der Präsident sei angekommen. | - | -",
            // end-punctuation: a question turned statement, and back
            "end-punctuation  | es | en    | ¿Vendrá mañana?                                 | He will come tomorrow.                    | . | ?",
            "end-punctuation  | en | de    | Stop!                                           | Halt?                                     | ? | !",
            "end-punctuation  | en | de    | Thank you.                                      | Danke!                                    | - | -",
            "end-punctuation  | en | es    | Thank you!                                      | Gracias.                                  | - | -",
            "end-punctuation  | es | en    | ¡Gracias!                                       | Thank you                                 | '' | !",
            "end-punctuation  | de | en    | Er kam gestern.                                 | He came yesterday                         | - | -",
            "end-punctuation  | es | en    | «¿Por qué?», preguntó.                          | \"Why?\" he asked.                        | - | -",
            // empty-target
            "empty-target     | en | fr    | Save changes?                                   | ''                                        | '' | NULL",
            "empty-target     | en | fr    | ⟨1/⟩                                            | ''                                        | - | -",
            // doubled-word
            "doubled-word     | de | en    | Der Vertrag wurde unterzeichnet.                | The the treaty was signed.                | ' the' | ''",
            "doubled-word     | en | de    | He said that that was wrong.                    | Er sagte, dass das falsch war.            | - | -",
            "doubled-word     | en | fr    | Bora Bora is far.                               | Bora Bora est loin.                       | - | -",
            // whitespace
            "whitespace       | es | en    | Hola mundo.                                     | Hello  world.                             | '  ' | ' '",
            "whitespace       | es | en    | 'Hola. '                                        | Hello.                                    | '' | ' '",
            // inline-codes
            "inline-codes     | en | de    | Click ⟨1⟩Save⟨/1⟩ now.                          | Jetzt ⟨1⟩Speichern⟨/1⟩ klicken ⟨2/⟩.      | ⟨2/⟩ | ''",
            "inline-codes     | en | de    | Click ⟨1⟩Save⟨/1⟩ now.                          | Jetzt Speichern klicken.                  | '' | NULL",
            // inline-code-order: only order that breaks the markup, where the source's nests
            "inline-code-order | en | de   | Click ⟨1⟩Save⟨/1⟩ now.                          | Jetzt ⟨/1⟩Speichern⟨1⟩ klicken.           | ⟨/1⟩ | NULL",
            "inline-code-order | en | es   | A ⟨1⟩bold ⟨2⟩and italic⟨/2⟩⟨/1⟩ word.           | Una palabra ⟨1⟩negrita ⟨2⟩y⟨/1⟩ cursiva⟨/2⟩. | ⟨/1⟩ | NULL",
            "inline-code-order | zh | en   | 点击⟨1⟩保存⟨/1⟩和⟨2⟩取消⟨/2⟩。                         | Click ⟨1⟩Save and ⟨2⟩Cancel⟨/1⟩⟨/2⟩.       | ⟨/1⟩ | NULL",
            "inline-code-order | en | de   | Click ⟨1⟩Save⟨/1⟩ and ⟨2⟩Cancel⟨/2⟩.            | ⟨2⟩Abbrechen⟨/2⟩ oder ⟨1⟩Speichern⟨/1⟩ klicken. | - | -",
            "inline-code-order | en | es   | A ⟨1⟩bold ⟨2⟩and italic⟨/2⟩⟨/1⟩ word.           | Una palabra ⟨2⟩⟨1⟩negrita y cursiva⟨/1⟩⟨/2⟩. | - | -",
            "inline-code-order | en | de   | Broken ⟨/1⟩source⟨1⟩ order.                     | Kaputte ⟨/1⟩Quell⟨1⟩reihenfolge.          | - | -",
            "inline-code-order | en | de   | Click ⟨1⟩Save⟨/1⟩ now.                          | Jetzt Speichern⟨/1⟩ klicken.              | - | -",
    })
    void finds_exactly_what_the_table_says(String checkId, String sourceLang, String targetLang, String source,
                                           String target, String span, String suggestion) {
        List<Issue> issues = CheckBeans.BY_ID.get(checkId.strip()).check(
                new SegmentPair(source, target, sourceLang.strip(), targetLang.strip()));
        if ("-".equals(span)) {
            assertThat(issues).as("quiet").isEmpty();
            return;
        }
        assertThat(issues).as("an issue").isNotEmpty();
        Issue first = issues.get(0);
        assertThat(first.checkId()).isEqualTo(checkId.strip());
        assertThat(target.substring(first.start(), first.end())).isEqualTo(span);
        if (suggestion == null) {
            assertThat(first.suggestions()).isEmpty();
        } else {
            assertThat(first.suggestions()).first().isEqualTo(suggestion);
        }
    }
}
