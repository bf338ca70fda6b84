"""Demo course: the digital lifecycle of documents and electronic files (plain data)."""

COURSE = {
    "slug": "so-hoa-vong-doi-van-ban",
    "title": "Số hóa vòng đời văn bản và hồ sơ điện tử",
    "topic": "Văn bản và hồ sơ điện tử",
    "level": "intermediate",
    "summary": (
        "Khóa học đi theo một văn bản từ lúc đến văn phòng cấp ủy đến lúc vào kho lưu trữ: tiếp "
        "nhận và đăng ký văn bản đến điện tử, phân phối, giao xử lý và theo dõi hạn, lập hồ sơ "
        "điện tử ngay trong khi giải quyết công việc, số hóa tài liệu giấy (quét, nhận dạng chữ, "
        "siêu dữ liệu), nộp lưu và thời hạn bảo quản theo Luật Lưu trữ 2024, tra cứu và khai thác "
        "hồ sơ. Người học thực hành nguyên tắc “một lần nhập – dùng nhiều lần”: thông tin nhập "
        "đúng một lần ở khâu đăng ký được dùng lại ở mọi khâu sau."
    ),
    "objectives": [
        (
            "Đăng ký văn bản đến điện tử với đủ thông tin cần thiết, dùng lại dữ liệu có sẵn thay "
            "vì gõ lại."
        ),
        (
            "Ghi ý kiến phân phối rõ đơn vị chủ trì, phối hợp và hạn xử lý; theo dõi văn bản sắp "
            "đến hạn, quá hạn."
        ),
        "Mở và cập nhật hồ sơ điện tử theo danh mục hồ sơ ngay trong khi giải quyết công việc.",
        "Số hóa tài liệu giấy đúng cách: quét rõ, nhận dạng chữ, kiểm tra và nhập siêu dữ liệu.",
        (
            "Nêu đúng Luật Lưu trữ số 33/2024/QH15, thời hạn nộp hồ sơ vào lưu trữ hiện hành và "
            "nguyên tắc xác định thời hạn bảo quản."
        ),
        "Tra cứu hồ sơ, tài liệu nhanh và đúng quyền khai thác.",
    ],
    "estimated_minutes": 185,
    "issues_certificate": True,
    "lessons": [
        {
            "slug": "tiep-nhan-va-dang-ky-van-ban-den",
            "title": "Tiếp nhận và đăng ký văn bản đến điện tử",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Một văn bản đi qua những khâu nào?"),
                (
                    "rich_text",
                    (
                        "<p>Mỗi văn bản đến văn phòng cấp ủy đều đi qua một vòng đời: được "
                        "<strong>tiếp nhận</strong>, <strong>đăng ký</strong>, <strong>trình và "
                        "phân phối</strong>, <strong>giải quyết</strong>, đưa vào <strong>hồ "
                        "sơ</strong>, <strong>nộp lưu</strong>, <strong>bảo quản và khai "
                        "thác</strong>, và với tài liệu hết giá trị là <strong>tiêu hủy</strong> "
                        "theo quy định. Khi văn bản còn là giấy, mỗi khâu lại có một cuốn sổ, một "
                        "lần ghi chép. Số hóa vòng đời văn bản không chỉ là chuyển tờ giấy thành "
                        "tệp PDF, mà là để thông tin về văn bản được nhập <em>một lần</em> ở khâu "
                        "đầu và chảy qua tất cả các khâu sau.</p><p>Ví dụ minh họa: một công văn "
                        "của Ban Tổ chức Tỉnh ủy Lâm Giang gửi các đảng ủy trực thuộc. Số, ký "
                        "hiệu, ngày, trích yếu, cơ quan ban hành đã có sẵn trong gói văn bản điện "
                        "tử. Nếu văn thư gõ lại những thông tin này bằng tay, vừa mất thời gian "
                        "vừa có thể gõ sai; nếu hệ thống đọc được chúng từ gói văn bản, văn thư "
                        "chỉ cần kiểm tra và bổ sung những gì còn thiếu.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": (
                            "Vòng đời của một văn bản đến và người chịu trách nhiệm (ví dụ minh "
                            "họa)"
                        ),
                        "header": ["Khâu", "Người thực hiện", "Dữ liệu được tạo ra hoặc dùng lại"],
                        "rows": [
                            [
                                "Tiếp nhận, kiểm tra",
                                "Văn thư",
                                "Nơi gửi, thời điểm nhận, kết quả kiểm tra chữ ký số",
                            ],
                            [
                                "Đăng ký",
                                "Văn thư",
                                "Số đến, ngày đến, số ký hiệu, trích yếu, mức độ khẩn",
                            ],
                            [
                                "Trình, phân phối",
                                "Lãnh đạo văn phòng",
                                "Đơn vị chủ trì, phối hợp, hạn xử lý",
                            ],
                            [
                                "Giải quyết",
                                "Chuyên viên được giao",
                                "Văn bản trả lời, dự thảo, ý kiến góp ý",
                            ],
                            [
                                "Lập hồ sơ",
                                "Chuyên viên được giao",
                                "Hồ sơ công việc theo danh mục hồ sơ",
                            ],
                            [
                                "Nộp lưu, bảo quản",
                                "Chuyên viên, người làm lưu trữ",
                                "Mục lục hồ sơ, thời hạn bảo quản",
                            ],
                        ],
                    },
                ),
                ("heading", "Kiểm tra trước khi đăng ký"),
                (
                    "rich_text",
                    (
                        "<p>Trước khi cấp số đến, văn thư kiểm tra ba điều đã học ở khóa “Chữ ký "
                        "số và văn bản điện tử trong cơ quan Đảng”: văn bản đến qua kênh chính "
                        "thức; chữ ký số của người có thẩm quyền và của cơ quan ban hành hợp lệ; "
                        "tệp đầy đủ trang, phụ lục mở được. Văn bản có sai sót được trả lại hoặc "
                        "thông báo cho nơi gửi theo quy định; văn bản đến nhầm nơi được chuyển "
                        "trả, không đăng ký vào sổ của cơ quan mình.</p>"
                    ),
                ),
                ("heading", "Đăng ký: mỗi trường thông tin phục vụ một khâu về sau"),
                (
                    "table",
                    {
                        "caption": "Các thông tin đăng ký văn bản đến và công dụng về sau",
                        "header": ["Thông tin", "Ví dụ minh họa", "Được dùng lại khi"],
                        "rows": [
                            [
                                "Số đến, ngày đến",
                                "152, ngày 12 tháng 3 năm N",
                                "Tra cứu, thống kê văn bản đến theo tháng, quý",
                            ],
                            [
                                "Cơ quan ban hành",
                                "Ban Tổ chức Tỉnh ủy",
                                "Lọc văn bản theo nơi gửi, lập báo cáo",
                            ],
                            [
                                "Số và ký hiệu, ngày văn bản",
                                "Số 45-CV/BTCTU, ngày 10 tháng 3 năm N",
                                (
                                    "Trích dẫn trong văn bản trả lời, liên kết văn bản đi với văn "
                                    "bản đến"
                                ),
                            ],
                            [
                                "Tên loại, trích yếu",
                                "Công văn về việc rà soát danh sách cấp ủy viên",
                                "Tìm kiếm, đặt tiêu đề hồ sơ",
                            ],
                            ["Mức độ khẩn", "Khẩn", "Sắp xếp thứ tự trình, cảnh báo"],
                            [
                                "Hạn xử lý",
                                "Trước ngày 20 tháng 3 năm N",
                                "Nhắc hạn, báo cáo văn bản quá hạn",
                            ],
                            [
                                "Đơn vị, người xử lý",
                                "Phòng Tổng hợp, đồng chí Minh",
                                "Giao việc, đôn đốc, đánh giá khối lượng công việc",
                            ],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Trích yếu là thứ được tìm kiếm nhiều nhất",
                        "text": (
                            "<p>Hệ thống thường đọc sẵn trích yếu từ văn bản điện tử. Với văn bản "
                            "giấy hoặc văn bản mà trích yếu quá chung (“V/v triển khai nhiệm vụ”), "
                            "văn thư nên ghi trích yếu đủ ý để người khác tìm được sau này, ví dụ "
                            "“Triển khai kiểm tra việc thực hiện quy chế dân chủ quý II năm N”. "
                            "Một trích yếu tốt tiết kiệm hàng giờ tra cứu về sau.</p>"
                        ),
                    },
                ),
                ("heading", "Văn bản giấy và văn bản có nội dung bí mật nhà nước"),
                (
                    "rich_text",
                    (
                        "<p>Văn bản giấy đến vẫn được đăng ký trên hệ thống như văn bản điện tử, "
                        "chỉ khác ở chỗ thông tin phải nhập tay và văn thư có thể quét văn bản để "
                        "trình, phân phối trên hệ thống theo quy chế của cơ quan. Bản giấy gốc "
                        "được quản lý theo quy định, không hủy sau khi quét.</p><p>Văn bản có đóng "
                        "dấu chỉ độ mật <strong>không</strong> được quét, không đưa vào hệ thống "
                        "quản lý văn bản có kết nối mạng. Văn bản mật được đăng ký trong sổ hoặc "
                        "hệ thống riêng dành cho tài liệu mật, chuyển giao có ký nhận theo quy chế "
                        "bảo vệ bí mật nhà nước của cơ quan. Trên hệ thống thông thường, nếu quy "
                        "chế cho phép, chỉ ghi những thông tin không làm lộ nội dung mật.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Không đăng ký trùng",
                        "text": (
                            "<p>Một văn bản có thể đến bằng hai đường: qua hệ thống và bằng bản "
                            "giấy, hoặc được gửi lại lần thứ hai. Trước khi cấp số đến, hãy tìm "
                            "theo số, ký hiệu và ngày văn bản xem đã đăng ký chưa. Văn bản bị đăng "
                            "ký hai lần sẽ bị giao hai người xử lý, đếm hai lần trong thống kê, và "
                            "tạo ra hai hồ sơ cho cùng một việc.</p>"
                        ),
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Đăng ký một văn bản đến điện tử",
                        "items": [
                            (
                                "<p>Mở văn bản trong danh sách văn bản chờ tiếp nhận trên hệ "
                                "thống; kiểm tra chữ ký số và tính đầy đủ.</p>"
                            ),
                            (
                                "<p>Tìm theo số, ký hiệu, ngày văn bản để chắc chắn văn bản chưa "
                                "được đăng ký.</p>"
                            ),
                            (
                                "<p>Kiểm tra các thông tin hệ thống đã đọc sẵn; sửa nếu sai, bổ "
                                "sung trích yếu nếu quá chung.</p>"
                            ),
                            (
                                "<p>Ghi mức độ khẩn và hạn xử lý nếu văn bản có yêu cầu; cấp số "
                                "đến.</p>"
                            ),
                            (
                                "<p>Trình lãnh đạo văn phòng cho ý kiến phân phối ngay trong ngày, "
                                "ưu tiên văn bản khẩn.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Vì sao văn thư nên kiểm tra văn bản đã được đăng ký chưa trước khi "
                            "cấp số đến?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Vì một văn bản có thể đến bằng hai đường; đăng ký hai lần tạo "
                                    "ra hai người xử lý và thống kê sai."
                                ),
                                "correct": True,
                                "feedback": "Đúng. Mỗi văn bản chỉ nên có một bản ghi đăng ký.",
                            },
                            {
                                "text": (
                                    "Vì mỗi năm cơ quan chỉ được cấp một số lượng số đến nhất định "
                                    "theo sổ đăng ký văn bản đến đã mở từ đầu năm."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Số đến không bị giới hạn; vấn đề là đăng ký trùng tạo ra "
                                    "nhiều bản ghi cho một văn bản."
                                ),
                            },
                            {
                                "text": "Vì hệ thống sẽ tự xóa văn bản đăng ký sau.",
                                "correct": False,
                                "feedback": "Hệ thống không tự xử lý; hai bản ghi sẽ cùng tồn tại.",
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Văn phòng nhận một tài liệu giấy có đóng dấu “Mật”. Cách xử lý nào "
                            "đúng?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Quét tài liệu và đăng ký trên hệ thống quản lý văn bản như "
                                    "văn bản thường, để trình lãnh đạo nhanh hơn và không bị thất "
                                    "lạc."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Tài liệu mật không được quét hay đưa lên hệ thống có kết nối "
                                    "mạng."
                                ),
                            },
                            {
                                "text": "Chụp ảnh bằng điện thoại gửi lãnh đạo xem trước.",
                                "correct": False,
                                "feedback": (
                                    "Đây là hành vi làm lộ bí mật nhà nước qua mạng viễn thông."
                                ),
                            },
                            {
                                "text": (
                                    "Đăng ký vào sổ hoặc hệ thống dành riêng cho tài liệu mật, "
                                    "chuyển giao có ký nhận theo quy chế."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Tài liệu mật đi theo quy trình riêng, không qua hệ "
                                    "thống thông thường."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "phan-phoi-giao-xu-ly-va-theo-doi-han",
            "title": "Phân phối, giao xử lý và theo dõi hạn",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Ý kiến phân phối phải trả lời được ba câu hỏi"),
                (
                    "rich_text",
                    (
                        "<p>Sau khi đăng ký, văn bản được trình lãnh đạo để cho <strong>ý kiến "
                        "phân phối</strong> (trước đây thường gọi là bút phê). Trên hệ thống, ý "
                        "kiến này không chỉ là một dòng chữ mà là dữ liệu: hệ thống dựa vào đó để "
                        "chuyển văn bản, nhắc hạn và thống kê. Một ý kiến phân phối tốt trả lời "
                        "được ba câu hỏi: <strong>ai chủ trì</strong> (chỉ một đơn vị hoặc một "
                        "người), <strong>ai phối hợp</strong>, và <strong>hạn nào</strong>. Những "
                        "người chỉ cần nắm thông tin được chuyển ở chế độ “để biết”, không phải xử "
                        "lý.</p><p>Ví dụ minh họa: “Phòng Tổng hợp chủ trì, Phòng Hành chính – Tài "
                        "chính phối hợp, tham mưu văn bản trả lời, trình trước ngày 18 tháng 3 năm "
                        "N; đồng chí Phó Chánh Văn phòng phụ trách theo dõi.” So với “Đề nghị các "
                        "phòng nghiên cứu, thực hiện”, ý kiến thứ nhất cho hệ thống và cho con "
                        "người đủ thông tin để làm việc.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Cách ghi ý kiến phân phối: chưa tốt và tốt",
                        "header": ["Chưa tốt", "Vì sao", "Tốt hơn"],
                        "rows": [
                            [
                                "Các phòng nghiên cứu, thực hiện",
                                "Không ai chủ trì; không có hạn",
                                (
                                    "Phòng Tổng hợp chủ trì, trình dự thảo trả lời trước ngày 18 "
                                    "tháng 3 năm N"
                                ),
                            ],
                            [
                                "Phòng Tổng hợp và Phòng Hành chính cùng chủ trì",
                                "Hai nơi chủ trì dễ đùn đẩy",
                                "Phòng Tổng hợp chủ trì; Phòng Hành chính phối hợp về kinh phí",
                            ],
                            [
                                "Xử lý gấp",
                                "“Gấp” mỗi người hiểu một kiểu",
                                "Trình trước 16 giờ ngày 14 tháng 3 năm N",
                            ],
                            [
                                "Chuyển đồng chí Minh",
                                "Không rõ xử lý hay để biết",
                                "Đồng chí Minh xử lý; đồng chí Hà để biết",
                            ],
                        ],
                    },
                ),
                ("heading", "Tính hạn xử lý cho đúng"),
                (
                    "rich_text",
                    (
                        "<p>Hạn xử lý có thể do văn bản đến yêu cầu, do quy chế làm việc của cơ "
                        "quan quy định cho từng loại việc, hoặc do lãnh đạo ấn định. Khi nhập hạn "
                        "vào hệ thống, cần lưu ý:</p><ul><li><strong>Ngày làm việc hay ngày "
                        "lịch.</strong> “Trong 5 ngày làm việc” khác “trong 5 ngày”. Một văn bản "
                        "nhận chiều thứ Năm với hạn 5 ngày làm việc sẽ đến hạn vào thứ Năm tuần "
                        "sau, không phải thứ Ba. Hệ thống tốt tự trừ ngày nghỉ, ngày lễ; nếu "
                        "không, người nhập phải tự tính.</li><li><strong>Hạn của mình phải sớm hơn "
                        "hạn của nơi gửi.</strong> Nếu cấp trên yêu cầu báo cáo trước ngày 20, hạn "
                        "trình dự thảo nội bộ phải là ngày 17 hoặc 18 để còn thời gian duyệt, ký, "
                        "phát hành.</li><li><strong>Không ghi hạn thì không có gì để "
                        "nhắc.</strong> Văn bản không có hạn cụ thể vẫn nên có hạn nội bộ hợp lý, "
                        "để không nằm mãi trong danh sách “đang xử lý”.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Chuyển nhầm thì trả lại ngay trên hệ thống",
                        "text": (
                            "<p>Người nhận một văn bản không thuộc phạm vi của mình nên trả lại "
                            "ngay, kèm lý do, thay vì để đó. Văn bản bị giữ vài ngày rồi mới trả "
                            "sẽ mất những ngày quý giá trước hạn xử lý. Trên hệ thống, việc trả "
                            "lại được ghi nhận, giúp lãnh đạo văn phòng điều chỉnh cách phân phối "
                            "về sau.</p>"
                        ),
                    },
                ),
                ("heading", "Theo dõi: từ sổ theo dõi đến bảng cảnh báo"),
                (
                    "rich_text",
                    (
                        "<p>Trước đây, văn thư theo dõi văn bản đến hạn bằng sổ tay và trí nhớ. "
                        "Khi văn bản đã được đăng ký với hạn xử lý và người xử lý, hệ thống có thể "
                        "hiện mỗi ngày một danh sách: văn bản sắp đến hạn trong ba ngày tới, văn "
                        "bản đã quá hạn, văn bản đã xử lý xong. Khi một văn bản đi được ban hành "
                        "để trả lời, hãy <strong>liên kết</strong> nó với văn bản đến tương ứng; "
                        "nhờ đó văn bản đến tự chuyển sang trạng thái “đã xử lý” và người tra cứu "
                        "về sau thấy cả câu hỏi lẫn câu trả lời.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Năm phút đầu giờ mỗi sáng với bảng theo dõi văn bản",
                        "items": [
                            (
                                "<p>Mở danh sách văn bản được giao cho mình, sắp xếp theo hạn xử "
                                "lý.</p>"
                            ),
                            (
                                "<p>Xem các văn bản đến hạn trong ba ngày tới; xác định việc cần "
                                "làm hôm nay cho từng văn bản.</p>"
                            ),
                            (
                                "<p>Với văn bản có nguy cơ trễ hạn, báo lãnh đạo phòng ngay để "
                                "được hỗ trợ hoặc đề nghị gia hạn, không chờ đến ngày hết hạn.</p>"
                            ),
                            (
                                "<p>Liên kết các văn bản đi đã ban hành với văn bản đến mà chúng "
                                "trả lời; cập nhật trạng thái.</p>"
                            ),
                            "<p>Trả lại ngay văn bản chuyển nhầm, kèm lý do.</p>",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Quá hạn trên hệ thống nhưng đã xong ngoài đời",
                        "text": (
                            "<p>Một lỗi phổ biến là việc đã làm xong, văn bản trả lời đã gửi, "
                            "nhưng trên hệ thống văn bản đến vẫn “quá hạn” vì chưa liên kết hoặc "
                            "chưa cập nhật trạng thái. Khi đó báo cáo tình hình xử lý văn bản của "
                            "cơ quan sai lệch, và lãnh đạo mất thời gian đôn đốc những việc đã "
                            "xong. Cập nhật trạng thái là một phần của công việc, không phải việc "
                            "làm thêm.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Ý kiến phân phối nào giúp hệ thống và con người theo dõi tốt nhất?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Phòng Tổng hợp và Phòng Hành chính cùng chủ trì, xử lý gấp, "
                                    "báo cáo kết quả với lãnh đạo văn phòng khi hoàn thành."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Hai đơn vị cùng chủ trì dễ đùn đẩy; “gấp” không phải là một "
                                    "hạn cụ thể."
                                ),
                            },
                            {
                                "text": "Các phòng nghiên cứu, thực hiện theo chức năng.",
                                "correct": False,
                                "feedback": (
                                    "Không có đơn vị chủ trì và không có hạn, nên không ai chịu "
                                    "trách nhiệm và không có gì để nhắc."
                                ),
                            },
                            {
                                "text": (
                                    "Phòng Tổng hợp chủ trì, Phòng Hành chính phối hợp, trình dự "
                                    "thảo trả lời trước ngày 18/3."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Có một đơn vị chủ trì, đơn vị phối hợp và hạn cụ thể."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Cấp trên yêu cầu gửi báo cáo trước ngày 20. Hạn nội bộ để chuyên viên "
                            "trình dự thảo nên đặt thế nào?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Sớm hơn vài ngày, ví dụ ngày 17, để còn thời gian duyệt, ký "
                                    "và phát hành."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Hạn nội bộ phải chừa thời gian cho các bước sau."
                                ),
                            },
                            {
                                "text": (
                                    "Ngày 20, trùng với hạn của cấp trên, để chuyên viên có nhiều "
                                    "thời gian nhất cho việc tổng hợp số liệu."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Nếu trình đúng ngày 20 thì không còn thời gian duyệt, ký và "
                                    "phát hành."
                                ),
                            },
                            {
                                "text": "Không cần đặt hạn nội bộ, chỉ cần nhớ hạn của cấp trên.",
                                "correct": False,
                                "feedback": (
                                    "Không có hạn nội bộ thì hệ thống không nhắc được các bước "
                                    "trung gian."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "lap-ho-so-dien-tu-trong-khi-giai-quyet",
            "title": "Lập hồ sơ điện tử ngay trong khi giải quyết công việc",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Hồ sơ là gì và ai lập?"),
                (
                    "rich_text",
                    (
                        "<p><strong>Hồ sơ</strong> là một tập văn bản, tài liệu có liên quan với "
                        "nhau về một vấn đề, một sự việc hoặc có cùng đặc điểm, hình thành trong "
                        "quá trình giải quyết công việc. Ví dụ: hồ sơ tổ chức một hội nghị Ban "
                        "Chấp hành, hồ sơ xây dựng một báo cáo tổng kết, hồ sơ giải quyết một đơn "
                        "thư. Luật Lưu trữ số 33/2024/QH15 quy định người được giao xử lý công "
                        "việc có trách nhiệm lập hồ sơ công việc theo quy định của pháp luật về "
                        "văn thư và nộp hồ sơ, tài liệu vào lưu trữ hiện hành đúng yêu cầu, thời "
                        "hạn. Nói cách khác, người lập hồ sơ không phải là văn thư hay người làm "
                        "lưu trữ, mà là chính chuyên viên giải quyết công việc.</p><p>Với tài liệu "
                        "giấy, việc lập hồ sơ thường bị dồn đến cuối năm: lục lại các ngăn kéo, "
                        "gom giấy tờ, sắp xếp theo trí nhớ. Với văn bản điện tử, có thể và nên lập "
                        "hồ sơ <strong>ngay trong khi làm việc</strong>: mỗi văn bản đến, mỗi văn "
                        "bản đi, mỗi dự thảo quan trọng được đưa vào hồ sơ ngay tại thời điểm nó "
                        "xuất hiện.</p>"
                    ),
                ),
                ("heading", "Bắt đầu từ danh mục hồ sơ"),
                (
                    "rich_text",
                    (
                        "<p><strong>Danh mục hồ sơ</strong> là bản kê các hồ sơ dự kiến lập trong "
                        "năm của cơ quan, có tên hồ sơ, ký hiệu, thời hạn bảo quản và người lập. "
                        "Danh mục được ban hành từ đầu năm. Trên hệ thống, danh mục hồ sơ là “bộ "
                        "khung” để mỗi chuyên viên mở hồ sơ của mình: chọn đúng đề mục, không đặt "
                        "tên hồ sơ tùy ý. Khi phát sinh một việc chưa có trong danh mục, chuyên "
                        "viên đề xuất bổ sung để hồ sơ vẫn có ký hiệu và thời hạn bảo quản "
                        "đúng.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Ví dụ minh họa: một hồ sơ công việc và các tài liệu trong đó",
                        "header": ["Thứ tự", "Tài liệu", "Nguồn"],
                        "rows": [
                            [
                                "1",
                                "Kế hoạch tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh giữa năm N",
                                "Văn bản đi, đã ký số",
                            ],
                            [
                                "2",
                                "Ý kiến chỉ đạo của Thường trực về nội dung hội nghị",
                                "Văn bản đến hoặc thông báo nội bộ",
                            ],
                            ["3", "Giấy mời và danh sách đại biểu", "Văn bản đi"],
                            [
                                "4",
                                "Tài liệu trình hội nghị (bản cuối cùng)",
                                "Tệp đã phát hành cho đại biểu",
                            ],
                            ["5", "Biên bản hội nghị", "Văn bản do thư ký hội nghị lập, đã ký"],
                            ["6", "Thông báo kết luận hội nghị", "Văn bản đi, đã ký số"],
                        ],
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Hồ sơ không phải là nơi chứa mọi thứ. Không đưa vào hồ sơ các bản nháp "
                        "trùng lặp, các bản in thử, thư điện tử trao đổi chỉ để hẹn giờ. Ngược "
                        "lại, những dự thảo quan trọng có ý kiến chỉ đạo sửa đổi của lãnh đạo nên "
                        "được giữ, vì chúng cho thấy quá trình hình thành quyết định. Mỗi tài liệu "
                        "trong hồ sơ điện tử cần có thông tin mô tả (số, ký hiệu, ngày, trích yếu, "
                        "người ký) để hồ sơ tra cứu được về sau.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Lập một hồ sơ điện tử trên hệ thống",
                        "items": [
                            (
                                "<p>Đầu năm, xem danh mục hồ sơ của cơ quan để biết những hồ sơ "
                                "mình được giao lập.</p>"
                            ),
                            (
                                "<p>Khi bắt đầu công việc, <em>mở hồ sơ</em> trên hệ thống: chọn "
                                "đề mục trong danh mục, kiểm tra tiêu đề, ký hiệu, thời hạn bảo "
                                "quản.</p>"
                            ),
                            (
                                "<p>Mỗi khi có văn bản đến, văn bản đi, biên bản hay tài liệu quan "
                                "trọng của việc đó, dùng chức năng <em>đưa vào hồ sơ</em> ngay "
                                "trên văn bản, không tải về rồi tải lên lại.</p>"
                            ),
                            (
                                "<p>Kiểm tra thứ tự tài liệu phản ánh đúng trình tự giải quyết "
                                "công việc.</p>"
                            ),
                            (
                                "<p>Khi công việc kết thúc, <em>kết thúc hồ sơ</em>: rà soát đủ "
                                "tài liệu, bỏ bản trùng, ghi số lượng tài liệu và ngày kết "
                                "thúc.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Hồ sơ đúng ngay từ đầu giúp chính mình",
                        "text": (
                            "<p>Khi lãnh đạo hỏi “hội nghị giữa năm ngoái đã kết luận gì về việc "
                            "này?”, người có hồ sơ điện tử đầy đủ tìm được thông báo kết luận "
                            "trong vài giây. Người để văn bản rải rác trong hộp thư, thư mục "
                            "Desktop và ổ USB mất cả buổi sáng, và chưa chắc đã tìm thấy bản cuối "
                            "cùng.</p>"
                        ),
                    },
                ),
                ("heading", "Những lỗi hay gặp khi lập hồ sơ điện tử"),
                (
                    "table",
                    {
                        "caption": "Lỗi thường gặp và cách khắc phục",
                        "header": ["Lỗi", "Hậu quả", "Cách khắc phục"],
                        "rows": [
                            [
                                (
                                    "Lưu văn bản trong thư mục cá nhân thay vì đưa vào hồ sơ trên "
                                    "hệ thống"
                                ),
                                "Khi người đó chuyển công tác, hồ sơ “biến mất”",
                                "Đưa vào hồ sơ trên hệ thống ngay khi văn bản xuất hiện",
                            ],
                            [
                                "Một việc mở nhiều hồ sơ khác tên",
                                "Tài liệu bị chia nhỏ, tra cứu thiếu",
                                "Chọn đề mục theo danh mục; một việc một hồ sơ",
                            ],
                            [
                                "Chỉ giữ bản Word, không giữ bản PDF đã ký",
                                "Không chứng minh được nội dung đã ban hành",
                                "Giữ bản gốc điện tử đã ký số trong hồ sơ",
                            ],
                            [
                                "Không bao giờ kết thúc hồ sơ",
                                "Hồ sơ không được nộp lưu đúng hạn",
                                "Kết thúc hồ sơ khi công việc xong, ghi ngày kết thúc",
                            ],
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Ai có trách nhiệm lập hồ sơ về việc tổ chức một hội nghị của cấp ủy?"
                        ),
                        "choices": [
                            {
                                "text": "Văn thư cơ quan, vì văn thư giữ mọi văn bản đi, đến.",
                                "correct": False,
                                "feedback": (
                                    "Văn thư quản lý văn bản đi, đến, nhưng hồ sơ công việc do "
                                    "người được giao xử lý lập."
                                ),
                            },
                            {
                                "text": (
                                    "Chuyên viên được giao tổ chức hội nghị, lập ngay trong quá "
                                    "trình làm việc."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Người được giao xử lý công việc có trách nhiệm lập hồ "
                                    "sơ công việc."
                                ),
                            },
                            {
                                "text": "Người làm lưu trữ, vào cuối năm khi thu nộp hồ sơ.",
                                "correct": False,
                                "feedback": (
                                    "Người làm lưu trữ tiếp nhận hồ sơ đã lập; việc lập hồ sơ diễn "
                                    "ra trong khi giải quyết công việc."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Tài liệu nào nên đưa vào hồ sơ về việc xây dựng báo cáo tổng kết?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Mọi bản nháp, bản in thử và thư điện tử hẹn giờ họp, để hồ sơ "
                                    "đầy đủ nhất có thể."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Những tài liệu trùng lặp, không có giá trị không nên đưa vào "
                                    "hồ sơ."
                                ),
                            },
                            {
                                "text": "Chỉ bản Word cuối cùng, vì bản PDF đã ký nằm ở văn thư.",
                                "correct": False,
                                "feedback": (
                                    "Bản gốc điện tử đã ký mới chứng minh nội dung đã ban hành; hồ "
                                    "sơ cần có bản này."
                                ),
                            },
                            {
                                "text": (
                                    "Dự thảo có ý kiến chỉ đạo sửa, báo cáo đã ký ban hành, văn "
                                    "bản đến liên quan."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Hồ sơ phản ánh quá trình hình thành và kết quả công "
                                    "việc."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "so-hoa-tai-lieu-giay",
            "title": "Số hóa tài liệu giấy: quét, nhận dạng chữ và siêu dữ liệu",
            "estimated_minutes": 35,
            "body": [
                ("heading", "Số hóa không chỉ là quét"),
                (
                    "rich_text",
                    (
                        "<p>Văn phòng cấp ủy còn giữ rất nhiều tài liệu giấy: văn bản đến từ nơi "
                        "chưa gửi điện tử, hồ sơ các năm trước, biên bản có chữ ký tay. <strong>Số "
                        "hóa</strong> là chuyển những tài liệu này sang dạng số để tra cứu, khai "
                        "thác thuận tiện hơn. Nhưng một thư mục chứa hàng nghìn tệp "
                        "“Scan0001.pdf”, “Scan0002.pdf” thì gần như vô dụng: không ai biết tệp nào "
                        "là văn bản nào, và không tìm được chữ nào bên trong. Số hóa đúng gồm ba "
                        "phần: <strong>quét</strong> rõ, đủ; <strong>nhận dạng chữ</strong> để tìm "
                        "kiếm được nội dung; và <strong>siêu dữ liệu</strong>, tức các thông tin "
                        "mô tả giúp tìm và quản lý tệp.</p>"
                    ),
                ),
                ("heading", "Quét cho rõ và đủ"),
                (
                    "table",
                    {
                        "caption": (
                            "Thông số quét thường dùng cho văn bản hành chính (tham khảo; làm theo "
                            "hướng dẫn của cơ quan)"
                        ),
                        "header": ["Thông số", "Gợi ý", "Lý do"],
                        "rows": [
                            [
                                "Độ phân giải",
                                "Khoảng 300 dpi",
                                "Đủ rõ để đọc và nhận dạng chữ; tệp không quá nặng",
                            ],
                            [
                                "Chế độ màu",
                                "Màu hoặc thang xám với trang có dấu, chữ ký, bút phê",
                                "Giữ được màu dấu, phân biệt chữ ký tay với chữ in",
                            ],
                            [
                                "Định dạng tệp",
                                "PDF, mỗi văn bản một tệp",
                                "Mở được trên mọi máy; giữ nguyên thứ tự trang",
                            ],
                            [
                                "Hướng trang",
                                "Thẳng, đúng chiều",
                                "Tránh lỗi khi đọc và khi nhận dạng chữ",
                            ],
                            [
                                "Kiểm tra",
                                "Đếm trang, xem từng trang",
                                "Phát hiện trang thiếu, trang dính, trang mờ",
                            ],
                        ],
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Trước khi quét, tháo ghim, làm phẳng trang gấp, sắp đúng thứ tự. Sau "
                        "khi quét, mở tệp và so số trang với bản giấy. Một trang bị bỏ sót khi "
                        "quét thường chỉ được phát hiện nhiều năm sau, khi cần đúng trang đó và "
                        "bản giấy đã không còn ở chỗ cũ.</p>"
                    ),
                ),
                ("heading", "Nhận dạng chữ (OCR) và tiếng Việt có dấu"),
                (
                    "rich_text",
                    (
                        "<p>Phần mềm nhận dạng ký tự quang học (OCR) đọc hình ảnh trang văn bản và "
                        "tạo ra lớp chữ ẩn phía sau, nhờ đó có thể tìm kiếm, sao chép nội dung. "
                        "Với tiếng Việt, OCR hay nhầm dấu: “Đảng” thành “Dảng”, “quyết” thành "
                        "“quyêt”, số 0 với chữ O, số 1 với chữ l. Văn bản cũ in bằng máy chữ, chữ "
                        "mờ, có bút phê đè lên càng dễ nhận dạng sai. Vì vậy:</p><ul><li>Chọn ngôn "
                        "ngữ nhận dạng là tiếng Việt trong phần mềm OCR.</li><li>Kiểm tra lại bằng "
                        "mắt những thông tin quan trọng: số, ký hiệu, ngày, tên người, số "
                        "liệu.</li><li>Không dùng lớp chữ OCR để thay cho bản gốc khi trích dẫn "
                        "chính thức; luôn đối chiếu với hình ảnh trang.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Không dùng dịch vụ OCR trực tuyến cho tài liệu của cơ quan",
                        "text": (
                            "<p>Các trang web “chuyển PDF sang Word miễn phí” hay ứng dụng điện "
                            "thoại nhận dạng chữ đều gửi tài liệu của bạn lên máy chủ bên ngoài. "
                            "Với tài liệu nội bộ, tài liệu có thông tin cá nhân của đảng viên, "
                            "việc này có thể làm lộ thông tin; với tài liệu mật là vi phạm nghiêm "
                            "trọng. Chỉ dùng phần mềm do cơ quan trang bị.</p>"
                        ),
                    },
                ),
                ("heading", "Siêu dữ liệu: tấm thẻ của mỗi tệp"),
                (
                    "rich_text",
                    (
                        "<p>Siêu dữ liệu của một văn bản số hóa thường gồm: cơ quan ban hành, số "
                        "và ký hiệu, ngày văn bản, tên loại, trích yếu, người ký, độ mật (nếu có), "
                        "số trang, ngôn ngữ, hồ sơ chứa văn bản và thời hạn bảo quản. Phần lớn các "
                        "thông tin này chính là những gì đã nhập khi đăng ký văn bản đến hoặc phát "
                        "hành văn bản đi; hệ thống tốt cho phép dùng lại chúng thay vì nhập lại. "
                        "Với tài liệu cũ chưa từng đăng ký trên hệ thống, người số hóa phải nhập, "
                        "và đây là khâu tốn công nhất nên cần làm cẩn thận ngay lần đầu.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Số hóa một hồ sơ giấy của năm trước",
                        "items": [
                            (
                                "<p>Lấy hồ sơ theo mục lục; kiểm tra số tài liệu, số trang trước "
                                "khi tháo ghim.</p>"
                            ),
                            (
                                "<p>Quét từng văn bản thành một tệp PDF theo thông số của cơ quan, "
                                "kiểm tra số trang sau khi quét.</p>"
                            ),
                            (
                                "<p>Chạy nhận dạng chữ tiếng Việt bằng phần mềm của cơ quan; kiểm "
                                "tra số, ký hiệu, ngày, tên người.</p>"
                            ),
                            (
                                "<p>Nhập hoặc kiểm tra siêu dữ liệu của từng văn bản; đặt tệp vào "
                                "đúng hồ sơ điện tử.</p>"
                            ),
                            (
                                "<p>Trả bản giấy về đúng vị trí trong hồ sơ, ghim lại, ghi vào sổ "
                                "theo dõi số hóa.</p>"
                            ),
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Bản quét có thay được bản giấy không?",
                        "text": (
                            "<p>Luật Lưu trữ 2024 có nhiều quy định mới về tài liệu lưu trữ điện "
                            "tử và tài liệu lưu trữ số, nhưng giá trị pháp lý của bản số hóa phụ "
                            "thuộc vào việc số hóa đúng quy trình, đúng tiêu chuẩn do cơ quan có "
                            "thẩm quyền quy định. Vì vậy, không tự ý hủy bản giấy sau khi quét. "
                            "Bản giấy được bảo quản hoặc xử lý theo quyết định của cơ quan, qua "
                            "hội đồng và thủ tục đúng quy định.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Sau khi quét và nhận dạng chữ một biên bản cũ, tìm “Đảng ủy” không ra "
                            "kết quả dù trang đầu có cụm này. Nguyên nhân khả dĩ nhất là gì?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "OCR nhận dạng sai dấu, ví dụ thành “Dảng ủy”; cần kiểm tra "
                                    "lại lớp chữ."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. OCR thường nhầm dấu tiếng Việt, nhất là với văn bản cũ, "
                                    "chữ mờ; chọn ngôn ngữ tiếng Việt và kiểm tra thông tin quan "
                                    "trọng."
                                ),
                            },
                            {
                                "text": (
                                    "Tệp PDF bị lỗi trong lúc quét, cần quét lại toàn bộ hồ sơ với "
                                    "độ phân giải cao hơn rồi tìm lại."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Chưa cần quét lại; trước hết hãy kiểm tra lớp chữ do OCR tạo "
                                    "ra."
                                ),
                            },
                            {
                                "text": (
                                    "Phần mềm tìm kiếm không hỗ trợ tiếng Việt nên không bao giờ "
                                    "tìm được."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Phần mềm tìm được tiếng Việt nếu lớp chữ đúng; vấn đề nằm ở "
                                    "kết quả nhận dạng."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Một đồng nghiệp đề nghị dùng một trang web miễn phí để chuyển bản "
                            "quét danh sách đảng viên sang Word cho nhanh. Bạn trả lời thế nào?"
                        ),
                        "choices": [
                            {
                                "text": "Đồng ý, vì trang web đó rất phổ biến và miễn phí.",
                                "correct": False,
                                "feedback": (
                                    "Phổ biến không có nghĩa là an toàn; tài liệu sẽ bị gửi lên "
                                    "máy chủ bên ngoài."
                                ),
                            },
                            {
                                "text": (
                                    "Không dùng dịch vụ bên ngoài; dùng phần mềm do cơ quan trang "
                                    "bị."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Danh sách có thông tin cá nhân của đảng viên không được "
                                    "đưa lên dịch vụ bên ngoài."
                                ),
                            },
                            {
                                "text": (
                                    "Đồng ý, nếu xóa tệp trên trang web ngay sau khi chuyển xong "
                                    "và không chia sẻ đường dẫn cho ai."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Không kiểm soát được việc dịch vụ bên ngoài đã lưu hay sao "
                                    "chép tài liệu."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "nop-luu-va-thoi-han-bao-quan",
            "title": "Nộp lưu và thời hạn bảo quản",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Luật Lưu trữ 2024: những điểm cán bộ văn phòng cần biết"),
                (
                    "rich_text",
                    (
                        "<p><strong>Luật Lưu trữ số 33/2024/QH15</strong> được Quốc hội thông qua "
                        "ngày 21/6/2024, có hiệu lực từ ngày 01/7/2025, thay thế Luật Lưu trữ số "
                        "01/2011/QH13. Luật xác định Phông lưu trữ quốc gia Việt Nam gồm Phông lưu "
                        "trữ Đảng Cộng sản Việt Nam, Phông lưu trữ Nhà nước Việt Nam và tài liệu "
                        "lưu trữ tư. Tài liệu hình thành trong hoạt động của các cấp ủy, cơ quan "
                        "đảng thuộc Phông lưu trữ Đảng Cộng sản Việt Nam, được quản lý theo quy "
                        "định của Đảng và của pháp luật về lưu trữ. Luật cũng có nhiều quy định "
                        "mới về quản lý tài liệu lưu trữ điện tử, đáp ứng yêu cầu chuyển đổi "
                        "số.</p><p>Với người làm văn phòng, ba quy định sau có ảnh hưởng trực tiếp "
                        "đến công việc hằng ngày:</p><ul><li>Người được giao xử lý công việc có "
                        "trách nhiệm <strong>lập hồ sơ công việc</strong> và nộp hồ sơ, tài liệu "
                        "vào lưu trữ hiện hành đúng yêu cầu, thời hạn.</li><li>Thời hạn nộp hồ sơ, "
                        "tài liệu vào <strong>lưu trữ hiện hành</strong> tối đa là <strong>01 "
                        "năm</strong>, tính từ năm kết thúc công việc.</li><li>Thời hạn nộp vào "
                        "<strong>lưu trữ lịch sử</strong> tối đa là 05 năm tính từ năm nộp vào lưu "
                        "trữ hiện hành (trừ một số trường hợp Luật quy định khác); hồ sơ có tài "
                        "liệu đóng dấu chỉ độ mật chỉ được nộp vào lưu trữ lịch sử sau khi đã được "
                        "giải mật theo pháp luật về bảo vệ bí mật nhà nước.</li></ul>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Ví dụ minh họa: tính hạn nộp vào lưu trữ hiện hành",
                        "header": [
                            "Hồ sơ",
                            "Công việc kết thúc",
                            "Nộp vào lưu trữ hiện hành chậm nhất",
                        ],
                        "rows": [
                            ["Tổ chức hội nghị giữa năm N", "Tháng 7 năm N", "Trong năm N+1"],
                            [
                                "Xây dựng báo cáo tổng kết năm N",
                                "Tháng 01 năm N+1",
                                "Trong năm N+2",
                            ],
                            ["Giải quyết một đơn thư kéo dài", "Tháng 11 năm N+1", "Trong năm N+2"],
                        ],
                    },
                ),
                ("heading", "Hồ sơ, tài liệu nộp lưu phải đạt yêu cầu gì?"),
                (
                    "rich_text",
                    (
                        "<p>Theo Luật Lưu trữ 2024, tài liệu được nộp là bản gốc, bản chính; "
                        "trường hợp không còn bản gốc, bản chính thì được thay thế bằng bản sao "
                        "hợp pháp. Hồ sơ phải phản ánh đúng chức năng, nhiệm vụ của cơ quan, bảo "
                        "đảm đầy đủ, có liên quan chặt chẽ và phản ánh đúng trình tự diễn biến của "
                        "sự việc hoặc trình tự giải quyết công việc. Với hồ sơ điện tử, “bản gốc” "
                        "là tệp văn bản điện tử đã ký số; hồ sơ điện tử nộp lưu cần giữ được chữ "
                        "ký số, siêu dữ liệu và thứ tự tài liệu như khi lập.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Không tự ý xóa, không tự ý hủy",
                        "text": (
                            "<p>Hồ sơ, tài liệu của cơ quan không phải tài sản riêng của người "
                            "lập. Không xóa văn bản trên hệ thống, không hủy bản giấy “cho gọn” "
                            "khi chưa có quyết định của người có thẩm quyền theo đúng thủ tục. "
                            "Việc hủy tài liệu hết giá trị phải được hội đồng xác định giá trị tài "
                            "liệu xem xét và người có thẩm quyền quyết định; tài liệu mật còn phải "
                            "tuân theo quy định riêng về tiêu hủy tài liệu bí mật nhà nước.</p>"
                        ),
                    },
                ),
                ("heading", "Thời hạn bảo quản: vĩnh viễn hay có thời hạn"),
                (
                    "rich_text",
                    (
                        "<p>Mỗi hồ sơ có một <strong>thời hạn bảo quản</strong>: <em>vĩnh "
                        "viễn</em>, hoặc <em>có thời hạn</em> tính bằng số năm. Thời hạn này không "
                        "do người lập tự nghĩ ra mà tra theo <strong>bảng thời hạn bảo "
                        "quản</strong> áp dụng cho cơ quan, và đã được ghi sẵn trong danh mục hồ "
                        "sơ. Cơ quan đảng áp dụng các quy định, hướng dẫn của Đảng về thời hạn bảo "
                        "quản tài liệu; hãy hỏi bộ phận lưu trữ của cơ quan để biết văn bản đang "
                        "áp dụng. Nguyên tắc chung: tài liệu phản ánh chủ trương, quyết định quan "
                        "trọng, kết quả hoạt động chính của cơ quan được giữ lâu dài hoặc vĩnh "
                        "viễn; tài liệu mang tính sự vụ, trao đổi thông thường được giữ có thời "
                        "hạn.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": (
                            "Ví dụ minh họa về cách nghĩ khi xác định thời hạn (luôn tra bảng thời "
                            "hạn của cơ quan)"
                        ),
                        "header": ["Loại tài liệu", "Xu hướng thời hạn", "Vì sao"],
                        "rows": [
                            [
                                "Nghị quyết, biên bản hội nghị cấp ủy, báo cáo tổng kết năm",
                                "Lâu dài, thường là vĩnh viễn",
                                "Phản ánh chủ trương, quyết định và kết quả hoạt động chính",
                            ],
                            [
                                "Kế hoạch, báo cáo chuyên đề",
                                "Tùy nội dung, theo bảng thời hạn",
                                "Giá trị phụ thuộc tầm quan trọng của vấn đề",
                            ],
                            [
                                "Giấy mời họp thông thường, công văn trao đổi sự vụ",
                                "Có thời hạn ngắn",
                                "Chỉ có giá trị trong thời gian giải quyết việc",
                            ],
                        ],
                    },
                ),
                ("heading", "Lưu trữ điện tử: giữ được đọc được"),
                (
                    "rich_text",
                    (
                        "<p>Tài liệu điện tử có một rủi ro mà tài liệu giấy không có: định dạng và "
                        "phần mềm có thể lỗi thời. Một tệp lưu bằng phần mềm chuyên dụng cũ, mười "
                        "năm sau có thể không còn máy nào mở được. Vì vậy tài liệu điện tử nộp lưu "
                        "cần ở định dạng phổ biến, ổn định theo quy định của cơ quan lưu trữ, kèm "
                        "đủ siêu dữ liệu; kho lưu trữ điện tử phải được sao lưu, kiểm tra định kỳ. "
                        "Người lập hồ sơ góp phần bằng cách dùng đúng định dạng ngay từ đầu: văn "
                        "bản phát hành là PDF có chữ ký số, không phải ảnh chụp hay tệp nén nhiều "
                        "lớp.</p>"
                    ),
                ),
                (
                    "check",
                    {
                        "question": (
                            "Một hồ sơ công việc kết thúc vào tháng 10 năm N. Theo Luật Lưu trữ "
                            "2024, hồ sơ này phải nộp vào lưu trữ hiện hành chậm nhất khi nào?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Trong vòng 05 năm, tính từ năm kết thúc công việc, theo quy "
                                    "định về nộp lưu của Luật Lưu trữ 2024."
                                ),
                                "correct": False,
                                "feedback": (
                                    "05 năm là thời hạn tối đa nộp vào lưu trữ lịch sử, tính từ "
                                    "năm nộp vào lưu trữ hiện hành."
                                ),
                            },
                            {
                                "text": "Trong vòng 10 ngày kể từ khi kết thúc công việc.",
                                "correct": False,
                                "feedback": (
                                    "Luật quy định thời hạn tối đa tính theo năm, không phải theo "
                                    "ngày."
                                ),
                            },
                            {
                                "text": (
                                    "Trong năm N+1: tối đa 01 năm tính từ năm kết thúc công việc."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Công việc kết thúc năm N thì hạn nộp là năm N+1."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Thời hạn bảo quản của một hồ sơ được xác định thế nào?",
                        "choices": [
                            {
                                "text": (
                                    "Tra bảng thời hạn bảo quản áp dụng cho cơ quan, ghi sẵn trong "
                                    "danh mục hồ sơ."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Danh mục hồ sơ ghi thời hạn bảo quản theo bảng thời hạn "
                                    "áp dụng."
                                ),
                            },
                            {
                                "text": (
                                    "Người lập hồ sơ tự đánh giá, ghi theo mức độ quan trọng mình "
                                    "cảm nhận."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Thời hạn không do người lập tự quyết; cần nhất quán trong cả "
                                    "cơ quan."
                                ),
                            },
                            {
                                "text": (
                                    "Mọi hồ sơ điện tử đều được giữ vĩnh viễn, vì lưu trữ điện tử "
                                    "không tốn chỗ và không bao giờ hư hỏng."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Lưu trữ điện tử cũng cần quản lý, sao lưu, chuyển đổi định "
                                    "dạng; thời hạn vẫn phải theo quy định."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "tra-cuu-va-khai-thac-ho-so",
            "title": "Tra cứu và khai thác hồ sơ, tài liệu",
            "estimated_minutes": 30,
            "body": [
                ("heading", "Công sức ở các khâu trước được đền đáp ở khâu này"),
                (
                    "rich_text",
                    (
                        "<p>Lãnh đạo hỏi: “Ba năm trước, Thường trực đã kết luận thế nào về việc "
                        "chuyển trụ sở của chi bộ này?”. Nếu văn bản được đăng ký với trích yếu rõ "
                        "ràng, được đưa vào đúng hồ sơ, bản quét đã nhận dạng chữ và có siêu dữ "
                        "liệu, câu trả lời nằm cách bạn một lần tìm kiếm. Nếu không, bạn phải lục "
                        "kho, hỏi người cũ, và có thể trả lời sai. Tra cứu là khâu cho thấy giá "
                        "trị của nguyên tắc “một lần nhập – dùng nhiều lần”: trích yếu, số ký "
                        "hiệu, ngày văn bản nhập một lần ở khâu đăng ký được dùng lại mỗi lần có "
                        "người cần tìm.</p>"
                    ),
                ),
                ("heading", "Tìm theo trường hay tìm toàn văn?"),
                (
                    "table",
                    {
                        "caption": "Hai cách tìm và khi nào dùng",
                        "header": ["Cách tìm", "Phù hợp khi", "Ví dụ"],
                        "rows": [
                            [
                                "Tìm theo trường siêu dữ liệu",
                                "Biết một vài thông tin chắc chắn về văn bản",
                                "Cơ quan ban hành là Ban Tổ chức, tên loại là Thông báo, năm N-2",
                            ],
                            [
                                "Tìm toàn văn",
                                "Chỉ nhớ một cụm từ trong nội dung",
                                "Cụm “chuyển trụ sở chi bộ”",
                            ],
                            [
                                "Kết hợp hai cách",
                                "Kết quả quá nhiều hoặc quá ít",
                                "Toàn văn “trụ sở” và lọc tên loại Thông báo kết luận",
                            ],
                        ],
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Một vài mẹo khi tìm kiếm tiếng Việt: thử cả cách viết có dấu và không "
                        "dấu nếu hệ thống không tự xử lý; thử từ đồng nghĩa (“hội nghị” và “cuộc "
                        "họp”, “kết luận” và “thông báo”); dùng cụm từ ngắn, đặc trưng thay vì cả "
                        "câu; khi biết khoảng thời gian, lọc theo năm trước rồi mới tìm nội dung. "
                        "Với tài liệu cũ đã số hóa, nhớ rằng lớp chữ OCR có thể sai dấu, nên thử "
                        "cả những cách viết sai dấu phổ biến.</p>"
                    ),
                ),
                (
                    "steps",
                    {
                        "title": "Tìm một kết luận cũ của Thường trực",
                        "items": [
                            (
                                "<p>Viết ra điều mình chắc chắn biết: khoảng thời gian, cơ quan "
                                "ban hành, loại văn bản, một vài từ khóa.</p>"
                            ),
                            (
                                "<p>Lọc theo cơ quan ban hành và khoảng năm; chọn tên loại (ví dụ "
                                "Thông báo, Kết luận).</p>"
                            ),
                            (
                                "<p>Tìm toàn văn với từ khóa ngắn, đặc trưng nhất; đổi sang từ "
                                "đồng nghĩa nếu không ra.</p>"
                            ),
                            (
                                "<p>Mở hồ sơ chứa văn bản tìm được để xem văn bản liên quan trước "
                                "và sau nó.</p>"
                            ),
                            (
                                "<p>Khi trích dẫn, ghi đủ số, ký hiệu, ngày văn bản và cơ quan ban "
                                "hành; đối chiếu với bản gốc điện tử đã ký.</p>"
                            ),
                        ],
                    },
                ),
                ("heading", "Khi tìm mãi không thấy"),
                (
                    "rich_text",
                    (
                        "<p>Không tìm thấy trên hệ thống chưa có nghĩa là văn bản không tồn tại. "
                        "Văn bản có thể thuộc giai đoạn trước khi cơ quan dùng hệ thống, nằm trong "
                        "hồ sơ giấy chưa số hóa, hoặc được đăng ký với trích yếu quá chung. Khi "
                        "đó, hãy tra <strong>mục lục hồ sơ</strong> của năm tương ứng, hỏi bộ phận "
                        "lưu trữ của cơ quan, hoặc hỏi người đã xử lý việc đó nếu còn công tác. "
                        "Khi đã tìm được, đừng dừng ở việc trả lời lãnh đạo: nếu văn bản thiếu "
                        "siêu dữ liệu hay trích yếu chưa đủ ý, đề nghị người quản lý hệ thống bổ "
                        "sung, để lần sau người khác không phải tìm lâu như bạn. Mỗi lần sửa một "
                        "bản ghi cho đúng là một lần tiết kiệm thời gian cho cả cơ quan.</p>"
                    ),
                ),
                ("heading", "Khai thác đúng quyền"),
                (
                    "rich_text",
                    (
                        "<p>Tìm thấy không có nghĩa là được dùng tùy ý. Việc khai thác, sử dụng hồ "
                        "sơ, tài liệu tuân theo quy chế của cơ quan: ai được xem loại tài liệu "
                        "nào, ai được cấp bản sao, bản sao được dùng vào việc gì. Một số tài liệu "
                        "bị hạn chế sử dụng; tài liệu mật chỉ người có trách nhiệm mới được tiếp "
                        "cận, theo thủ tục riêng. Hệ thống thường ghi lại ai đã xem, đã tải tài "
                        "liệu nào; đây là cơ chế bảo vệ cả tài liệu lẫn người khai "
                        "thác.</p><p>Nhiều hồ sơ có thông tin cá nhân của cán bộ, đảng viên: ngày "
                        "sinh, quê quán, số căn cước, tình trạng sức khỏe, nhận xét đánh giá. Luật "
                        "Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (hiệu lực từ ngày 01/01/2026) và "
                        "Nghị định 356/2025/NĐ-CP hướng dẫn Luật (thay thế Nghị định "
                        "13/2023/NĐ-CP) yêu cầu chỉ xử lý dữ liệu cá nhân đúng mục đích, đúng phạm "
                        "vi. Khi trích một danh sách từ hồ sơ để dùng cho việc khác, chỉ lấy những "
                        "cột thật sự cần.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Lưu lại các tìm kiếm hay dùng",
                        "text": (
                            "<p>Nếu tuần nào bạn cũng cần danh sách văn bản đến của Ban Tổ chức "
                            "chưa xử lý xong, hãy lưu điều kiện tìm kiếm đó (nếu hệ thống cho "
                            "phép) thay vì nhập lại mỗi lần. Đây cũng là “một lần nhập – dùng "
                            "nhiều lần”, áp dụng cho chính thao tác của bạn.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Bản sao đem ra ngoài phải đúng thủ tục",
                        "text": (
                            "<p>Tải tài liệu từ hệ thống về máy cá nhân, gửi qua thư điện tử cá "
                            "nhân hoặc ứng dụng nhắn tin để “làm ở nhà” là đưa tài liệu ra khỏi sự "
                            "kiểm soát của cơ quan. Khi cần bản sao cho người ngoài cơ quan, làm "
                            "theo thủ tục cấp bản sao của cơ quan.</p>"
                        ),
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Bạn chỉ nhớ văn bản cần tìm “có nói về chuyển trụ sở chi bộ, khoảng "
                            "ba năm trước, do Thường trực kết luận”. Cách tìm nào hiệu quả nhất?"
                        ),
                        "choices": [
                            {
                                "text": (
                                    "Tìm toàn văn cả câu “Thường trực kết luận về việc chuyển trụ "
                                    "sở của chi bộ” để có kết quả chính xác nhất."
                                ),
                                "correct": False,
                                "feedback": (
                                    "Câu dài dễ không khớp từng chữ; dùng cụm ngắn, đặc trưng sẽ "
                                    "hiệu quả hơn."
                                ),
                            },
                            {
                                "text": (
                                    "Lọc theo khoảng năm và loại thông báo kết luận, rồi tìm toàn "
                                    "văn “trụ sở”."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Kết hợp lọc theo trường và tìm toàn văn thu hẹp kết quả "
                                    "nhanh nhất; thử thêm từ đồng nghĩa nếu chưa ra."
                                ),
                            },
                            {
                                "text": "Mở lần lượt từng hồ sơ của ba năm trước cho đến khi thấy.",
                                "correct": False,
                                "feedback": (
                                    "Cách này rất chậm; hãy dùng bộ lọc và tìm kiếm của hệ thống."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": (
                            "Bạn cần danh sách đảng viên của một chi bộ để gửi giấy mời dự lễ trao "
                            "Huy hiệu Đảng. Hồ sơ gốc có cả số căn cước, tình trạng sức khỏe và "
                            "nhận xét. Nên trích những gì?"
                        ),
                        "choices": [
                            {
                                "text": "Họ tên và số căn cước, để phân biệt người trùng tên.",
                                "correct": False,
                                "feedback": (
                                    "Không cần số căn cước để gửi giấy mời; có thể phân biệt bằng "
                                    "chi bộ, năm sinh khi thật cần."
                                ),
                            },
                            {
                                "text": "Toàn bộ hồ sơ, để khỏi phải trích lại nếu sau này cần.",
                                "correct": False,
                                "feedback": (
                                    "Lấy thừa dữ liệu cá nhân trái với nguyên tắc đúng mục đích, "
                                    "đúng phạm vi."
                                ),
                            },
                            {
                                "text": (
                                    "Chỉ họ tên, chi bộ và những thông tin thật cần để gửi giấy "
                                    "mời."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Đúng. Chỉ xử lý dữ liệu cá nhân cần cho đúng mục đích."
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}
