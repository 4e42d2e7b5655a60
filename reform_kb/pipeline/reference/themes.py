"""The reform's themes, with short Swedish descriptions and the phrases that assign them.

Keywords are matched after Swedish stemming, so one form per word is enough ("insats" also finds
"insatser"). A multi-word keyword must occur as a phrase.
"""

THEMES = [
    {
        "slug": "forebyggande-arbete",
        "name": "Förebyggande arbete",
        "description": "Den nya lagen gör förebyggande arbete till en skyldighet: socialtjänsten ska "
        "arbeta tidigt och förebyggande, inte bara reagera när problemen redan har vuxit sig stora.",
        "keywords": [
            "förebyggande",
            "förebygga",
            "förebyggande perspektiv",
            "tidiga insatser",
            "tidigt skede",
            "proaktiv",
            "främjande",
        ],
    },
    {
        "slug": "insatser-utan-behovsprovning",
        "name": "Insatser utan behovsprövning",
        "description": "Lättillgängliga insatser som kommunen får ge utan föregående utredning och "
        "biståndsbeslut, för att sänka trösklarna till stöd.",
        "keywords": [
            "utan behovsprövning",
            "utan föregående behovsprövning",
            "utan biståndsprövning",
            "utan biståndsbedömning",
            "slopade biståndsbedömningar",
            "lättillgänglig",
            "lätt tillgänglig",
            "utan utredning",
            "utan föregående utredning",
            "icke biståndsbedömda",
        ],
    },
    {
        "slug": "kunskapsbaserad-socialtjanst",
        "name": "Kunskapsbaserad socialtjänst",
        "description": "Verksamheten ska bedrivas i överensstämmelse med vetenskap och beprövad "
        "erfarenhet, med kunskapsstyrning, forskning och evidensbaserade metoder.",
        "keywords": [
            "vetenskap och beprövad erfarenhet",
            "kunskapsbaserad",
            "kunskapsstyrning",
            "evidens",
            "evidensbaserade",
            "kunskapsutveckling",
            "forskning",
            "implementering",
        ],
    },
    {
        "slug": "forsta-linjens-socialtjanst",
        "name": "Första linjens socialtjänst och omställningen",
        "description": "Omställningen till en tillgänglig första linje och vad den kräver av "
        "organisation, ledning och arbetssätt i kommunerna.",
        "keywords": [
            "första linjen",
            "första linjens socialtjänst",
            "omställning",
            "omställningen",
            "paradigmskifte",
            "andra linjen",
            "avimplementering",
        ],
    },
    {
        "slug": "barnrattsperspektiv",
        "name": "Barnrättsperspektiv och barn och unga",
        "description": "Barnets bästa, barnets rätt att komma till tals och den sociala barn- och "
        "ungdomsvården.",
        "keywords": [
            "barnrättsperspektiv",
            "barnperspektiv",
            "barnets bästa",
            "barnkonventionen",
            "barn och unga",
            "barn- och ungdomsvård",
            "orosanmälningar",
            "orosanmälan",
            "barnens rätt",
        ],
    },
    {
        "slug": "beslutsratt-och-handlingsutrymme",
        "name": "Beslutsrätt och professionens handlingsutrymme",
        "description": "Vem fattar besluten i enskilda ärenden – socialsekreterare eller politiker – "
        "och hur stort handlingsutrymme professionen får.",
        "keywords": ["beslutsrätt", "handlingsutrymme", "tjänstemannaansvar", "överpröva", "professionen"],
    },
    {
        "slug": "resurser-och-finansiering",
        "name": "Resurser och finansiering",
        "description": "Statsbidrag, kommunernas ekonomi och om reformen får de resurser den kräver.",
        "keywords": [
            "resurser",
            "finansiering",
            "statsbidrag",
            "underskott",
            "budget",
            "kostnader",
            "omställningsmedel",
            "ekonomiska",
        ],
    },
    {
        "slug": "kompetensforsorjning-och-arbetsmiljo",
        "name": "Kompetensförsörjning och arbetsmiljö",
        "description": "Rekrytering, kompetensutveckling, socionomutbildningen, arbetsbelastning "
        "och arbetsmiljö i socialtjänsten.",
        "keywords": [
            "kompetensförsörjning",
            "kompetensutveckling",
            "rekrytering",
            "arbetsbelastning",
            "arbetsmiljö",
            "socionomutbildningen",
            "personalbehållning",
            "kompetensbrist",
            "yrkesintroduktion",
        ],
    },
    {
        "slug": "hot-och-vald",
        "name": "Hot och våld mot socialsekreterare",
        "description": "Hot, våld och trakasserier mot socialsekreterare och hur de kan skyddas.",
        "keywords": ["hot och våld", "hotas", "repressalier", "skyddade personuppgifter", "skyddsstruktur"],
    },
    {
        "slug": "administration-och-dokumentation",
        "name": "Administration och dokumentation",
        "description": "Dokumentationskrav och administration som tar tid från det sociala arbetet.",
        "keywords": ["administration", "dokumentation", "administrera", "byråkrati", "dokumentationstyngd"],
    },
    {
        "slug": "statistik-och-uppfoljning",
        "name": "Statistik och uppföljning",
        "description": "Nationell statistik, socialtjänstdataregister och systematisk uppföljning.",
        "keywords": [
            "statistik",
            "uppföljning",
            "socialtjänstdataregister",
            "personnummerbaserad",
            "kvalitetsregister",
            "utfallsmått",
            "brukarundersökningar",
        ],
    },
    {
        "slug": "samverkan",
        "name": "Samverkan",
        "description": "Samverkan mellan socialtjänst, skola, hälso- och sjukvård, polis och andra aktörer.",
        "keywords": ["samverkan", "samverka", "samarbete", "samordning", "samverkansformer"],
    },
    {
        "slug": "pandemin-och-den-sociala-skulden",
        "name": "Pandemin och den sociala skulden",
        "description": "Coronapandemins följder för socialtjänsten och den sociala skuld som byggts upp.",
        "keywords": [
            "pandemin",
            "coronapandemin",
            "corona",
            "coronakrisen",
            "social skuld",
            "sociala skulden",
        ],
    },
    {
        "slug": "bostadsforsorjning-och-hemloshet",
        "name": "Bostadsförsörjning och hemlöshet",
        "description": "Bostadsbrist, sociala kontrakt och hemlöshet som socialtjänstens ansvar.",
        "keywords": [
            "bostadsförsörjning",
            "hemlöshet",
            "bostadsbrist",
            "sociala kontrakt",
            "bostadspolitik",
            "bostadsmarknaden",
        ],
    },
    {
        "slug": "aldreomsorg",
        "name": "Äldreomsorg",
        "description": "Omsorgen om äldre: särskilt boende, hemtjänst och den nya äldreomsorgslagen.",
        "keywords": ["äldreomsorg", "äldreboende", "särskilt boende", "hemtjänst", "äldre"],
    },
    {
        "slug": "ekonomiskt-bistand-och-arbetsmarknad",
        "name": "Ekonomiskt bistånd och arbetsmarknad",
        "description": "Försörjningsstöd, långtidsarbetslöshet och kommunernas arbetsmarknadsinsatser.",
        "keywords": [
            "ekonomiskt bistånd",
            "försörjningsstöd",
            "arbetsmarknad",
            "arbetslöshet",
            "arbetsmarknadsinsatser",
        ],
    },
    {
        "slug": "brottsforebyggande-arbete",
        "name": "Brottsförebyggande arbete",
        "description": "Socialtjänstens roll mot gängkriminalitet och i kommunernas brottsförebyggande "
        "ansvar.",
        "keywords": [
            "brottsförebyggande",
            "gängkriminalitet",
            "kriminalitet",
            "brottslighet",
            "avhopparverksamhet",
            "nyrekrytering",
        ],
    },
    {
        "slug": "fortroende-och-desinformation",
        "name": "Förtroende och desinformation",
        "description": "Allmänhetens förtroende för socialtjänsten och kampanjer med desinformation.",
        "keywords": ["desinformation", "desinformationskampanjer", "förtroende", "tillit", "förtroendet"],
    },
    {
        "slug": "familjehemsvard-och-placerade-barn",
        "name": "Familjehemsvård och placerade barn",
        "description": "Familjehem, placeringar enligt SoL och LVU och eftervården för placerade barn.",
        "keywords": [
            "familjehem",
            "familjehemsvård",
            "familjevården",
            "placerade barn",
            "placering",
            "familjehemsplacering",
            "lvu",
            "eftervården",
        ],
    },
]
