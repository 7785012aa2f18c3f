## Denúncia de discriminação: início
discrimination-start-title = Denunciar uma discriminação
discrimination-start-lead = Discriminar é tratar uma pessoa pior do que outra, numa situação comparável, por causa de um critério que a lei proíbe ter em conta: a origem, o sexo, a idade, a deficiência, a religião, a orientação sexual, o local de residência…
discrimination-start-danger = Se estiver em perigo neste momento, ligue para o 17 ou o 112, ou envie um SMS para o 114. Se sofreu violência física, dirija-se à esquadra (commissariat) ou à gendarmerie.
discrimination-start-law-title = O que diz a lei
discrimination-start-law-body = O Código Penal francês (code pénal, artigos 225-1 e 225-2) indica mais de vinte critérios. Tratar alguém pior por causa de um deles é crime, nomeadamente quando leva a:
discrimination-start-law-offence = Estes crimes são punidos com prisão e multa, e com mais severidade quando são cometidos por uma pessoa depositária da autoridade pública (artigo 432-7).
discrimination-start-routes-title = Dois procedimentos, que pode seguir em conjunto
discrimination-start-routes-intro = Pode denunciar os factos à polícia ou à gendarmerie, recorrer ao Défenseur des droits, ou fazer as duas coisas.
discrimination-start-police-title = Denunciar os factos à polícia ou à gendarmerie, com este formulário
discrimination-start-police-body = A sua denúncia é enviada à esquadra (commissariat) ou ao posto da gendarmerie (brigade de gendarmerie) que escolher. Um agente analisa-a e pode contactá-lo; se os factos o justificarem, propõe-lhe apresentar queixa. No fim do formulário, pode aceitar que o seu processo seja também enviado ao Défenseur des droits.
discrimination-start-defenseur-title = Recorrer ao Défenseur des droits
discrimination-start-defenseur-body = O Défenseur des droits é uma autoridade independente. Ouve-o, aconselha-o e pode agir para fazer respeitar os seus direitos, mesmo sem queixa. A sua ajuda é gratuita.
discrimination-defenseur-phone = por telefone, chamada gratuita
discrimination-defenseur-chat = para conversar online com um jurista
discrimination-defenseur-hours = De segunda a sexta-feira, das 9h às 18h.
discrimination-start-need-title = Antes de começar, reúna, se possível
discrimination-start-need-when = a data e o local dos factos, mesmo aproximados;
discrimination-start-need-words = as palavras ditas ou escritas, o mais exatamente possível;
discrimination-start-need-people = o que sabe sobre o autor e as testemunhas;
discrimination-start-need-email = um endereço de e-mail, para receber a sua referência.
discrimination-start-evidence = Guarde todas as provas: mensagens, cartas, anúncios, capturas de ecrã, nomes das testemunhas. Serão úteis mais tarde.
discrimination-start-time = Conte com cerca de 10 minutos. As suas respostas ficam guardadas em cada passo.
discrimination-start-button = Começar

## Denúncia de discriminação: segurança
discrimination-safety-title = A sua segurança
discrimination-safety-danger = O senhor ou a senhora, ou outra pessoa, está em perigo neste momento?
discrimination-safety-danger-hint = Se sim, ligue já para o 17 ou o 112, ou envie um SMS para o 114.
discrimination-safety-violence = Houve violência física (pancadas, empurrões, agressão)?
discrimination-safety-violence-hint = A violência comunica-se pessoalmente, na esquadra (commissariat) ou na gendarmerie.
discrimination-elsewhere-danger-title = Ligue já para os serviços de emergência
discrimination-elsewhere-danger-body = Em caso de perigo, não use este formulário: ligue para o 17 ou o 112. Se não puder falar, envie um SMS para o 114.
discrimination-elsewhere-danger-next = Quando estiver em segurança, pode voltar para denunciar a discriminação.
discrimination-elsewhere-violence-title = Apresente queixa na esquadra ou na gendarmerie
discrimination-elsewhere-violence-body = A violência física comunica-se pessoalmente. Dirija-se a uma esquadra de polícia (commissariat) ou a um posto da gendarmerie (brigade de gendarmerie) para apresentar queixa, e diga porque pensa que foi visado: a lei pune mais severamente a violência cometida por causa da origem, da religião, do sexo, da orientação sexual ou da identidade de género da vítima.
discrimination-elsewhere-violence-next = Se ficou ferido, consulte um médico: um atestado médico será útil para a sua queixa. Em caso de urgência, ligue para o 17 ou o 112.
discrimination-elsewhere-defenseur-title = O Défenseur des droits também o pode ajudar
discrimination-elsewhere-defenseur-body = Para ser ouvido e aconselhado sobre a própria discriminação, contacte o Défenseur des droits, gratuitamente:

## Denúncia de discriminação: papel
discrimination-role-title = Em que qualidade faz esta denúncia?
discrimination-reporter-victim = Sou a vítima
discrimination-reporter-victim-hint = A discriminação visava-me pessoalmente.
discrimination-reporter-witness = Sou testemunha
discrimination-reporter-witness-hint = Vi ou ouvi os factos, sem ser visado.
discrimination-reporter-representative = Represento a vítima
discrimination-reporter-representative-hint = Por exemplo, sou familiar ou representante legal da vítima, ou atuo em nome de uma associação.

## Denúncia de discriminação: domínio (code pénal, artigos 225-2 e 432-7)
discrimination-domain-title = Em que situação aconteceu a discriminação?
discrimination-domain-hint = Escolha a situação mais próxima. Se nenhuma for adequada, escolha «Outra coisa».
discrimination-domain-goods-and-services = A recusa de um bem ou de um serviço
discrimination-domain-goods-and-services-hint = Numa loja, num restaurante, numa discoteca, para arrendar uma casa, no banco ou numa seguradora, numa atividade de lazer.
discrimination-domain-economic-activity = Um entrave a uma atividade económica
discrimination-domain-economic-activity-hint = Por exemplo, impedir alguém de exercer a sua profissão, ou recusar trabalhar com uma empresa ou um comerciante.
discrimination-domain-employment = Uma recusa de contratação, uma sanção ou um despedimento
discrimination-domain-employment-hint = Durante um recrutamento ou no trabalho.
discrimination-domain-conditional-offer = Uma oferta reservada a certas pessoas
discrimination-domain-conditional-offer-hint = Um bem, um serviço, uma oferta de emprego ou de estágio sujeitos a uma condição ligada a um critério proibido, por exemplo um anúncio que exclui certas pessoas.
discrimination-domain-social-security-internship = A recusa de um estágio de formação profissional
discrimination-domain-social-security-internship-hint = Um dos estágios previstos no artigo L. 412-8 do Código da Segurança Social francês (code de la sécurité sociale).
discrimination-domain-public-official = Uma discriminação por um agente público
discrimination-domain-public-official-hint = Uma pessoa depositária da autoridade pública ou encarregada de uma missão de serviço público recusou um direito previsto na lei, ou entravou uma atividade económica.
discrimination-domain-other = Outra coisa
discrimination-domain-other-hint = Poderá descrevê-la mais à frente, no seu relato.

## Denúncia de discriminação: critérios (code pénal, artigo 225-1)
discrimination-criteria-title = Na sua opinião, em que critério se baseou a discriminação?
discrimination-criteria-hint = Assinale todos os critérios que lhe parecem em causa. Se não souber, assinale apenas «Não sei».
discrimination-criterion-origin = A origem
discrimination-criterion-origin-hint = O país ou a região de onde se vem, ou de onde parece vir.
discrimination-criterion-sex = O sexo
discrimination-criterion-family-situation = A situação familiar
discrimination-criterion-family-situation-hint = Ser casado, divorciado, pai ou mãe sozinho, ter filhos…
discrimination-criterion-pregnancy = A gravidez
discrimination-criterion-physical-appearance = A aparência física
discrimination-criterion-economic-vulnerability = A vulnerabilidade devida à situação económica
discrimination-criterion-economic-vulnerability-hint = Estar em situação de pobreza ou de precariedade, quer isso se veja quer seja conhecido.
discrimination-criterion-surname = O apelido
discrimination-criterion-place-of-residence = O local de residência
discrimination-criterion-place-of-residence-hint = O bairro, o município ou a morada onde se vive.
discrimination-criterion-health = O estado de saúde
discrimination-criterion-loss-of-autonomy = A perda de autonomia
discrimination-criterion-loss-of-autonomy-hint = Devida à idade, a uma doença ou a um acidente.
discrimination-criterion-disability = A deficiência
discrimination-criterion-genetic-characteristics = As características genéticas
discrimination-criterion-genetic-characteristics-hint = Por exemplo, um risco de doença hereditária.
discrimination-criterion-morals = Os costumes
discrimination-criterion-morals-hint = A maneira de viver, as escolhas de vida pessoais.
discrimination-criterion-sexual-orientation = A orientação sexual
discrimination-criterion-gender-identity = A identidade de género
discrimination-criterion-gender-identity-hint = Por exemplo, ser uma pessoa transgénero.
discrimination-criterion-age = A idade
discrimination-criterion-political-opinions = As opiniões políticas
discrimination-criterion-trade-union = As atividades sindicais
discrimination-criterion-language = A capacidade de se exprimir numa língua que não o francês
discrimination-criterion-language-hint = Falar uma língua estrangeira ou regional.
discrimination-criterion-ethnicity-nation-race-religion = A pertença ou não pertença, verdadeira ou suposta, a uma etnia, uma nação, uma pretensa raça ou uma religião
discrimination-criterion-ethnicity-nation-race-religion-hint = Incluindo uma religião que lhe atribuem, ou o facto de não ter nenhuma.
discrimination-criterion-whistleblower = A qualidade de denunciante (lanceur d’alerte)
discrimination-criterion-whistleblower-hint = Ou de facilitador, ou de pessoa ligada a um denunciante.
discrimination-criterion-not-sure = Não sei
discrimination-criterion-not-sure-hint = Assinale apenas esta opção. O agente ajudá-lo-á a precisar.

## Denúncia de discriminação: palavras ditas ou escritas
discrimination-words-title = As palavras proferidas
discrimination-words-intro = Palavras ou escritos injuriosos, difamatórios ou que incitam ao ódio podem ser um crime, além da discriminação.
discrimination-words-said = Foram ditas ou escritas palavras insultuosas, difamatórias ou provocatórias?
discrimination-words-exact = As palavras exatas contam: copie-as tal como foram ditas ou escritas, mesmo que sejam grosseiras. Não as resuma.
discrimination-words-verbatim = As palavras ditas ou escritas (se respondeu que sim)
discrimination-words-verbatim-hint = Coloque-as entre aspas e indique quem as disse ou escreveu, e como: em voz alta, por mensagem, numa rede social…

## Denúncia de discriminação: autor
discrimination-author-title = O autor dos factos
discrimination-author-kind = Quem é o autor?
discrimination-author-kind-person = Uma pessoa
discrimination-author-kind-person-hint = Um particular, um vizinho, um cliente, um colega…
discrimination-author-kind-company = Uma empresa ou uma associação
discrimination-author-kind-company-hint = Uma loja, um empregador, uma agência imobiliária, um senhorio, um banco…
discrimination-author-kind-administration = Uma administração ou um serviço público
discrimination-author-kind-administration-hint = Uma câmara municipal (mairie), uma prefeitura (préfecture), um hospital, uma escola, um agente público…
discrimination-author-known = Sabe quem é?
discrimination-author-known-hint = Por exemplo, o nome da pessoa, ou o da empresa ou do serviço.
discrimination-author-known-yes = Sim, sei quem é
discrimination-author-known-no = Não, não sei
discrimination-author-name = Nome da pessoa ou do organismo (facultativo)
discrimination-author-name-hint = Se o souber. Também pode indicar a função, por exemplo «o gerente».

## Denúncia de discriminação: quando, onde, relato, testemunhas, serviço
discrimination-when-where-title = Quando e onde aconteceram os factos?
discrimination-when-heading = Quando
discrimination-where-heading = Onde
discrimination-place = Local exato (facultativo)
discrimination-place-hint = Nome da loja, morada, estabelecimento, ou site, se aconteceu online.
discrimination-account-title = Conte o que aconteceu
discrimination-account-intro = Descreva os factos com as suas palavras, por ordem: o que pedia ou fazia, o que foi dito ou recusado, e porque pensa que é uma discriminação.
discrimination-account-label = O seu relato
discrimination-account-hint = No máximo { $max } carateres. Indique também as provas que tem: mensagens, cartas, anúncios.
discrimination-witnesses-any = Alguém viu ou ouviu os factos?
discrimination-unit-title = Que serviço deve tratar a sua denúncia?
discrimination-unit-intro = Escolha a esquadra (commissariat) ou o posto da gendarmerie (brigade de gendarmerie) que vai receber a sua denúncia, por exemplo perto do local dos factos ou da sua casa. Um agente desse serviço vai analisá-la e poderá contactá-lo.
discrimination-error-unit = Escolha a esquadra ou o posto da gendarmerie que vai receber a sua denúncia.

## Denúncia de discriminação: contacto e consentimento
discrimination-contact-title = Os seus contactos
discrimination-contact-intro = Permitem que o serviço o contacte e lhe envie a sua referência.
discrimination-contact-represented-legend = A vítima que representa
discrimination-contact-represented-name = Apelido e nome próprio da vítima
discrimination-contact-organisation = Associação (facultativo)
discrimination-contact-organisation-hint = Se atua em nome de uma associação, indique o nome dela.
discrimination-contact-email-hint = Enviaremos para este endereço a sua referência e as mensagens do agente.
discrimination-contact-phone-hint = O agente poderá telefonar-lhe para saber mais.
discrimination-consent-title = Enviar também o seu processo ao Défenseur des droits
discrimination-consent-body = O Défenseur des droits pode agir além da polícia: pode propor uma mediação, fazer recomendações ou apresentar observações perante um tribunal. Com o seu acordo, enviamos-lhe a sua denúncia.
discrimination-consent-legend = O seu acordo (facultativo)
discrimination-consent-label = Aceito que a minha denúncia seja também enviada ao Défenseur des droits.
discrimination-consent-hint = Se não assinalar esta caixa, nada lhe é enviado. Também o pode contactar diretamente pelo 3928.

## Denúncia de discriminação: verificação
discrimination-check-section-report = A sua denúncia
discrimination-check-section-you = Os seus contactos
discrimination-check-role = Faz a denúncia como
discrimination-check-domain = Domínio
discrimination-check-criteria = Critérios
discrimination-check-words = Palavras proferidas
discrimination-check-no-words = Nenhuma palavra
discrimination-check-author = Autor
discrimination-check-author-known = Conhecido, nome não indicado
discrimination-check-author-unknown = Desconhecido
discrimination-check-represented = Vítima representada
discrimination-check-consent = Envio ao Défenseur des droits
discrimination-check-consent-yes = Enviar também o processo
discrimination-check-consent-no = Não enviar o processo
discrimination-check-unit = Serviço destinatário
discrimination-check-send-title = Enviar a sua denúncia
discrimination-check-send-body = A sua denúncia será enviada ao serviço escolhido. Declarar factos que se sabe serem falsos é punido por lei (artigos 226-10 e 434-26 do Código Penal francês, code pénal).
discrimination-check-send-button = Enviar a denúncia

## Denúncia de discriminação: confirmação e e-mail
discrimination-confirmation-title = Denúncia enviada
discrimination-confirmation-sent-on = Enviada em { $date }.
discrimination-confirmation-email = Foi-lhe enviado um e-mail de confirmação. Guarde esta referência: ser-lhe-á pedida.
discrimination-confirmation-next-title = E depois?
discrimination-confirmation-next = A sua denúncia foi enviada a este serviço. Um agente vai analisá-la e poderá contactá-lo por e-mail ou por telefone:
discrimination-confirmation-complaint = Se os factos o justificarem, o agente vai propor-lhe apresentar queixa. Também pode apresentar queixa a qualquer momento numa esquadra (commissariat) ou num posto da gendarmerie (brigade de gendarmerie), indicando a sua referência.
discrimination-confirmation-defenseur-title = O Défenseur des droits
discrimination-confirmation-defenseur-body = Se o aceitou, o seu processo também lhe é enviado. Pode contactá-lo diretamente, gratuitamente:
discrimination-email-subject = A sua denúncia { $reference } foi recebida
discrimination-email-intro = A sua denúncia de discriminação foi registada. Um agente deste serviço vai analisá-la e poderá contactá-lo:
discrimination-email-defenseur = O Défenseur des droits também o pode ajudar, gratuitamente: ligue para o 3928 ou visite antidiscriminations.fr, de segunda a sexta-feira, das 9h às 18h.

## Denúncia de discriminação: erros
error-choose-danger = Indique se alguém está em perigo neste momento.
error-choose-reporter = Indique em que qualidade faz esta denúncia.
error-choose-domain = Escolha a situação mais próxima do que aconteceu.
error-choose-criteria = Assinale pelo menos um critério, ou «Não sei».
error-criteria-not-sure-alone = «Não sei» não pode ser assinalado juntamente com outro critério.
error-choose-words-said = Indique se foram ditas ou escritas palavras.
error-required-words = Copie as palavras ditas ou escritas.
error-choose-author-kind = Indique quem é o autor.
error-choose-author-known = Indique se sabe quem é o autor.
error-required-represented-name = Introduza o nome da vítima.
