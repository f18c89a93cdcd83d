"""Vocabulary for plausible organization names, per sector and language."""

WORDS = {
    "advanced-manufacturing": {
        "en": ("Precision", "Manufacturing", "Industries", "Machining", "Composites", "Automation", "Tooling"),
        "fr": ("Usinage", "Industries", "Fabrication", "Composites", "Automatisation", "Outillage"),
        "es": ("Manufacturas", "Maquinados", "Autopartes", "Troqueles", "Plásticos", "Fundiciones"),
    },
    "agri-food": {
        "en": ("Foods", "Farms", "Grain", "Seafoods", "Harvest", "Provisions", "Organics"),
        "fr": ("Aliments", "Fermes", "Céréales", "Pêcheries", "Récoltes", "Produits fins"),
        "es": ("Alimentos", "Agroindustrias", "Granos", "Cárnicos", "Mariscos", "Productos Naturales"),
    },
    "clean-tech": {
        "en": ("Energy", "Cleantech", "Water Technologies", "Power Systems", "Hydrogen", "Renewables"),
        "fr": ("Énergie", "Technologies de l'eau", "Hydrogène", "Énergies renouvelables", "Environnement"),
        "es": ("Energía Renovable", "Soluciones Hídricas", "Energía Solar", "Tecnologías Limpias", "Reciclaje"),
    },
    "creative-industries": {
        "en": ("Studios", "Media", "Productions", "Pictures", "Interactive", "Live"),
        "fr": ("Studios", "Médias", "Productions", "Films", "Création", "Spectacles"),
        "es": ("Producciones", "Estudios", "Medios Digitales", "Contenidos", "Animación", "Foro"),
    },
    "ict": {
        "en": ("Software", "Systems", "Analytics", "Cyber", "Networks", "Labs", "AI"),
        "fr": ("Logiciels", "Systèmes", "Informatique", "Solutions numériques", "Réseaux", "IA"),
        "es": ("Sistemas", "Software", "Ciberseguridad", "Datos", "Telecomunicaciones", "Tecnologías"),
    },
}
GEO = {
    "en": ("Northern", "Maple", "Pacific", "Atlantic", "Prairie", "Great Lakes", "Boreal", "Summit", "Cascade"),
    "fr": ("Boréal", "Laurentides", "Nordik", "Saint-Laurent", "Horizon", "Alliance", "Avantage"),
    "es": ("del Norte", "de Occidente", "del Bajío", "Azteca", "del Valle", "Continental", "Integral"),
}
LEGAL = {"en": ("Inc.", "Ltd.", "Corp."), "fr": ("inc.", "ltée"), "es": ("S.A. de C.V.", "S. de R.L. de C.V.")}

# "<Province> … Association", "Association québécoise …", "Asociación … de <state>".
ASSOCIATION_TOPICS = {
    "advanced-manufacturing": {"en": ("Manufacturers", "Automotive Parts", "Aerospace Industries", "Plastics"),
                               "fr": ("des manufacturiers", "de l'aérospatiale", "des plasturgistes"),
                               "es": ("Proveedores Automotrices", "la Industria Aeroespacial", "Plásticos")},
    "agri-food": {"en": ("Food Processors", "Grain Growers", "Seafood Exporters", "Organic Trade"),
                  "fr": ("des transformateurs alimentaires", "des producteurs de grains", "de l'agroalimentaire"),
                  "es": ("Empacadores de Alimentos", "Productores Agrícolas", "la Industria Alimentaria")},
    "clean-tech": {"en": ("Clean Energy", "Water Technologies", "Hydrogen", "Energy Storage"),
                   "fr": ("des technologies propres", "de l'énergie renouvelable", "de l'hydrogène"),
                   "es": ("Energía Limpia", "Energía Solar", "Tratamiento de Agua")},
    "creative-industries": {"en": ("Media Producers", "Music Export", "Interactive Media", "Performing Arts"),
                            "fr": ("de la production médiatique", "de l'industrie musicale", "des arts de la scène"),
                            "es": ("Productores Audiovisuales", "Industrias Creativas", "Artes Escénicas")},
    "ict": {"en": ("Technology Industry", "Cybersecurity", "Fintech", "Artificial Intelligence"),
            "fr": ("des technologies de l'information", "de la cybersécurité", "de l'intelligence artificielle"),
            "es": ("Tecnologías de la Información", "Ciberseguridad", "Empresas Fintech")},
}

JOB_TITLES = {
    "en": ("President and CEO", "Vice-President, Business Development", "Export Manager", "Director of Sales",
           "Chief Technology Officer", "International Business Development Manager", "Co-founder"),
    "fr": ("Président-directeur général", "Vice-présidente, développement des affaires", "Directeur de l'exportation",
           "Directrice des ventes", "Chef de la technologie", "Responsable du développement international"),
    "es": ("Director General", "Directora Comercial", "Gerente de Compras", "Gerente de Desarrollo de Negocios",
           "Director de Operaciones", "Directora de Innovación", "Socio Fundador"),
}
